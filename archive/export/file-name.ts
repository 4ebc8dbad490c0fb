/**
 * A file name for the save dialog and the CLI: "2012-02-17 Guatemalan President Inaugurates….pdf".
 * Headlines are untrusted text, so the name must be valid and unsurprising on Windows, macOS and Linux.
 */
import type { Article } from '../model/article';

/** Code points, including ".pdf": short enough for Windows' 260-character paths inside deep folders. */
export const MAX_FILE_NAME_LENGTH = 120;
/** UTF-8 bytes, under the 255-byte limit of ext4, APFS and NTFS names even for non-Latin headlines. */
const MAX_FILE_NAME_BYTES = 240;
const EXTENSION = '.pdf';

/** Device names Windows reserves in every folder: it looks only at the part before the first dot. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?=\s*(\.|$))/i;

export function suggestPdfFileName(article: Pick<Article, 'title' | 'date' | 'id'>): string {
  const title = sanitizeFileNamePart(article.title);
  const date = article.date && /^\d{4}-\d{2}-\d{2}$/.test(article.date) ? article.date : null;
  const base = [date, title || (date ? null : `Article ${sanitizeFileNamePart(article.id) || 'untitled'}`)]
    .filter(Boolean)
    .join(' ');
  const name = truncate(base, MAX_FILE_NAME_LENGTH - EXTENSION.length, MAX_FILE_NAME_BYTES - EXTENSION.length);
  return `${name.replace(WINDOWS_RESERVED, '$1_')}${EXTENSION}`;
}

/**
 * Makes arbitrary text safe as (part of) a file name: reserved characters `<>:"/\|?*` replaced,
 * control, bidirectional-override and other invisible format characters removed (an RLO could make
 * "…fdp.exe" look like a PDF), lone surrogates dropped, whitespace collapsed, and no leading dots or
 * dashes (hidden files, command-line options) nor trailing dots or spaces (which Windows silently
 * strips). Accents are kept, in NFC.
 */
export function sanitizeFileNamePart(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}\u2028\u2029]/gu, (char) => (/\s/.test(char) ? ' ' : ''))
    .replace(/\s*:\s+/g, ' - ')
    .replace(/:/g, '-')
    .replace(/[/\\|]/g, '-')
    .replace(/"/g, "'")
    .replace(/[<>?*]/g, '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.\-]+/, '')
    .replace(/[\s.]+$/, '');
}

/** Cuts at a word boundary when one is near, never inside a grapheme (accents, emoji, flags stay whole). */
function truncate(text: string, maxChars: number, maxBytes: number): string {
  const fits = (s: string): boolean => [...s].length <= maxChars && Buffer.byteLength(s, 'utf8') <= maxBytes;
  if (fits(text)) return text;
  const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
  let cut = '';
  for (const grapheme of graphemes) {
    if (!fits(`${cut}${grapheme}…`)) break;
    cut += grapheme;
  }
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * 0.7) cut = cut.slice(0, space);
  return `${cut.replace(/[\s.,;\-–—]+$/, '')}…`;
}
