/** Helpers shared by the structured-format tests: read a fixture, run a reader, get plain results. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type FormatReader, type ReadResult, UnreadableFileError } from '../../../archive/formats/reader';

const FIXTURES = fileURLToPath(new URL('../../fixtures/structured/', import.meta.url));

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${FIXTURES}${name}`));
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export async function readWith(reader: FormatReader, bytes: Uint8Array, path: string): Promise<ReadResult> {
  return reader.read(bytes, { path });
}

/** The reason of the UnreadableFileError the reader raises; fails the test if it raises anything else or nothing. */
export async function unreadableReason(reader: FormatReader, bytes: Uint8Array, path: string): Promise<string> {
  try {
    await reader.read(bytes, { path });
  } catch (error) {
    if (error instanceof UnreadableFileError) return error.message;
    throw error;
  }
  throw new Error(`expected ${path} to be unreadable`);
}
