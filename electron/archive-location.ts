/**
 * Which archive opens at start: the one named on the command line, else the one opened last (if it is
 * still there), else the sample archive that ships with the app. Pure, so it is unit-tested.
 */
import path from 'node:path';

export type ArchiveOrigin = 'argument' | 'last-opened' | 'sample';

export interface ArchiveChoice {
  readonly root: string;
  readonly origin: ArchiveOrigin;
}

export interface ArchiveChoiceInput {
  /** From `--archive`, as typed: resolved against `cwd`. */
  readonly argument: string | null;
  readonly cwd: string;
  readonly lastArchive: string | null;
  readonly sampleArchive: string;
  readonly isDirectory: (absolutePath: string) => boolean;
}

export function chooseArchive(input: ArchiveChoiceInput): ArchiveChoice {
  // An explicit argument wins even if it is missing: the user then sees why it could not be opened.
  if (input.argument !== null) return { root: path.resolve(input.cwd, input.argument), origin: 'argument' };
  if (input.lastArchive !== null && path.isAbsolute(input.lastArchive) && input.isDirectory(input.lastArchive)) {
    return { root: input.lastArchive, origin: 'last-opened' };
  }
  return { root: input.sampleArchive, origin: 'sample' };
}

export interface SampleArchiveContext {
  readonly isPackaged: boolean;
  /** `app.getAppPath()`: the project folder in development. */
  readonly appPath: string;
  /** `process.resourcesPath`: where electron-builder's extraResources land once packaged. */
  readonly resourcesPath: string;
}

/** extraResources exist only in a packaged app; in development the sample is read from the source tree. */
export function sampleArchivePath(context: SampleArchiveContext): string {
  return context.isPackaged
    ? path.join(context.resourcesPath, 'sample-archive')
    : path.join(context.appPath, 'archive', 'sample-archive');
}
