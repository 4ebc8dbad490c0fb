/** Plain-language reasons for file-system errors, for the Problems list. */
import { reasonOf, type FileProblem, type ProblemReason } from '../model/file-problem';

const PROBLEM_BY_CODE: ReadonlyMap<string, FileProblem> = new Map([
  ['EACCES', { kind: 'permission-denied' }],
  ['EPERM', { kind: 'permission-denied' }],
  ['ENOENT', { kind: 'not-found' }],
  ['ELOOP', { kind: 'link-loop' }],
  ['EISDIR', { kind: 'is-folder' }],
  ['EIO', { kind: 'disk-error' }],
  ['ENAMETOOLONG', { kind: 'path-too-long' }],
]);

/** Why a file or folder could not be read: in English, and as data for the errors people meet. */
export function fsProblem(error: unknown): ProblemReason {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const problem = code === undefined ? undefined : PROBLEM_BY_CODE.get(code);
  return problem ? reasonOf(problem) : { reason: `could not be read (${error instanceof Error ? error.message : String(error)})` };
}

export function describeFsError(error: unknown): string {
  return fsProblem(error).reason;
}
