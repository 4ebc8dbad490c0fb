/**
 * The digest an article is identified by: the SHA-256 (hex) of its headline and body paragraphs,
 * trimmed and joined by blank lines, whatever file or format it came in, so that the same article
 * saved twice is recognised as one.
 */
import { createHash, hash } from 'node:crypto';
import { fieldIndex } from './engine/fields';

const TITLE = fieldIndex('title');
const BODY = fieldIndex('body');
const BLANK_LINE = 0x0a;

/** The definition, from the strings. Hashed part by part: the joined text would be one more copy of every article. */
export function articleTextHash(article: { readonly title: string; readonly body: readonly string[] }): string {
  const digest = createHash('sha256').update(article.title.trim());
  for (const paragraph of article.body) digest.update('\n\n').update(paragraph.trim());
  return digest.digest('hex');
}

/** Where the text to hash is gathered, one article at a time; a longer article gets a buffer of its own, not kept. */
const GATHERED = Buffer.allocUnsafeSlow(1 << 16);

/**
 * articleTextHash from the article's UTF-8, already written: `parts` gives (field, start, end) of
 * each searchable string in `utf8`, the title's and the paragraphs' among them, in order. Null when
 * a title or paragraph is not trimmed already (the digest is of trimmed text), which readers make
 * rare. Encoding the strings again took longer than hashing them.
 */
export function utf8TextHash(utf8: Uint8Array, parts: readonly number[], article: { readonly title: string; readonly body: readonly string[] }): string | null {
  if (article.title.trim() !== article.title || article.body.some((paragraph) => paragraph.trim() !== paragraph)) return null;
  let length = 0;
  for (let part = 0; part < parts.length; part += 3) {
    if (parts[part] === BODY) length += 2;
    if (parts[part] === TITLE || parts[part] === BODY) length += parts[part + 2]! - parts[part + 1]!;
  }
  const gathered = length <= GATHERED.length ? GATHERED : Buffer.allocUnsafeSlow(length);
  let at = 0;
  for (let part = 0; part < parts.length; part += 3) {
    const field = parts[part];
    if (field !== TITLE && field !== BODY) continue;
    // Every paragraph follows a blank line, the first one too: after the title.
    if (field === BODY) {
      gathered[at++] = BLANK_LINE;
      gathered[at++] = BLANK_LINE;
    }
    gathered.set(utf8.subarray(parts[part + 1], parts[part + 2]), at);
    at += parts[part + 2]! - parts[part + 1]!;
  }
  return hash('sha256', gathered.subarray(0, at), 'hex');
}
