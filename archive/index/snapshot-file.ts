/**
 * The on-disk form of a persisted index: one header line, then the JSON payload.
 *
 *   ARCHIVO-INDEX <format version> <payload bytes> <sha256 of payload>\n<payload>
 *
 * A file that is missing, truncated, damaged, foreign or from another format version is reported as
 * `SnapshotUnusableError` and rebuilt by the caller, never trusted. Writes are atomic: a temporary
 * file is written and flushed, then renamed over the old one, so a crash leaves the previous index.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../fs/write-file-atomic';

export const SNAPSHOT_FORMAT_VERSION = 3;
const MAGIC = 'ARCHIVO-INDEX';

export class SnapshotUnusableError extends Error {
  override readonly name = 'SnapshotUnusableError';
}

export async function writeSnapshot(file: string, payload: unknown): Promise<void> {
  const body = Buffer.from(JSON.stringify(payload), 'utf8');
  const checksum = createHash('sha256').update(body).digest('hex');
  const header = Buffer.from(`${MAGIC} ${SNAPSHOT_FORMAT_VERSION} ${body.length} ${checksum}\n`, 'utf8');
  await writeFileAtomic(file, [header, body]);
}

export async function readSnapshot(file: string): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SnapshotUnusableError(code === 'ENOENT' ? 'no saved index yet' : `the saved index could not be read (${code ?? error})`);
  }
  const newline = bytes.indexOf(0x0a);
  const header = (newline < 0 ? '' : bytes.subarray(0, newline).toString('utf8')).split(' ');
  if (header[0] !== MAGIC) throw new SnapshotUnusableError('the saved index is not an Archivo index');
  if (header[1] !== String(SNAPSHOT_FORMAT_VERSION)) throw new SnapshotUnusableError(`the saved index has format ${header[1]}, this version needs ${SNAPSHOT_FORMAT_VERSION}`);
  const body = bytes.subarray(newline + 1);
  if (String(body.length) !== header[2]) throw new SnapshotUnusableError('the saved index is truncated');
  if (createHash('sha256').update(body).digest('hex') !== header[3]) throw new SnapshotUnusableError('the saved index is damaged (checksum mismatch)');
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    throw new SnapshotUnusableError('the saved index is damaged (not valid JSON)');
  }
}
