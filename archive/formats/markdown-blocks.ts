/**
 * Markdown body → readable plain-text blocks. Not a full CommonMark parser (none is installed, and an
 * article needs far less): headings, paragraphs, list items, block quotes, fenced code, tables and
 * thematic breaks, with inline markup reduced to its text. Every step is a line scan or a regular
 * expression without nested quantifiers, so hostile or huge input stays linear.
 */
import { decodeEntities, dropHiddenHtml } from './structured-text';
import { collapseSpaces } from '../text/collapse-spaces';

export type MarkdownBlock =
  | { readonly kind: 'heading'; readonly level: number; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string };

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const LIST_ITEM = /^[ \t]*([-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const QUOTE_MARKER = /^ {0,3}>[ \t]?/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]{1,300}\]:[ \t]*\S/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;
const HTML_COMMENT_LINE = /^[ \t]*<!--.*-->[ \t]*$/;

/**
 * `[text](url "title")`. No character class may run past the next `[` or `(`, so a line made of
 * thousands of brackets costs one short attempt per bracket instead of a 1,000-character scan.
 */
// A destination may hold one level of balanced parentheses, as CommonMark allows: (javascript:alert(1)).
const LINK = String.raw`\[([^[\]\n]{0,300})\]\((?:[^()[\]\s]|\([^()[\]\s]{0,300}\)){0,1000}(?:\s+"[^"[\]\n]{0,300}")?\)`;
const IMAGE_SYNTAX = new RegExp(`!${LINK}`, 'g');
const LINK_SYNTAX = new RegExp(LINK, 'g');

/** Reduces inline Markdown to its text: `[text](url)` → text, `**bold**` → bold, `` `code` `` → code. */
export function inlineText(markdown: string): string {
  const text = dropHiddenHtml(markdown)
    .replace(IMAGE_SYNTAX, '') // images: their alt text is not part of the story
    .replace(LINK_SYNTAX, '$1')
    .replace(/\[([^[\]\n]{1,300})\]\[[^[\]\n]{0,300}\]/g, '$1')
    .replace(/<((?:https?|mailto):[^<>\s]{1,2000})>/g, '$1')
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,2000})?\/?>/g, '')
    .replace(/`+/g, '')
    .replace(/(\*+|_+|~~)/g, (run: string, _m: string, offset: number, whole: string) => keepOrDrop(run, offset, whole))
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1');
  return collapseSpaces(decodeEntities(text));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Emphasis markers go; literal asterisks and underscores stay: a run surrounded by spaces ("2 * 3"),
 * or inside a word ("snake_case", "5*3"), is text, not markup.
 */
function keepOrDrop(run: string, offset: number, whole: string): string {
  const before = whole[offset - 1] ?? ' ';
  const after = whole[offset + run.length] ?? ' ';
  if (before === '\\') return run; // escaped: `\*` is a literal asterisk
  if (before.trim() === '' && after.trim() === '') return run;
  if (WORD_CHAR.test(before) && WORD_CHAR.test(after)) return run;
  return '';
}

/** Splits Markdown (without front matter) into heading and paragraph blocks in reading order. */
export function markdownBlocks(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let lines: string[] = [];
  /** The marker to print before the current paragraph when it is a list item ("• ", "3. "). */
  let bullet = '';
  const flush = (): void => {
    const text = inlineText(lines.join(' '));
    if (text !== '') blocks.push({ kind: 'paragraph', text: `${bullet}${text}` });
    lines = [];
    bullet = '';
  };
  let fence: string | null = null;
  let code: string[] = [];

  for (const rawLine of markdown.split('\n')) {
    if (fence !== null) {
      if (rawLine.trim().startsWith(fence)) {
        const text = code.join('\n').trim();
        if (text !== '') blocks.push({ kind: 'paragraph', text });
        fence = null;
        code = [];
      } else code.push(rawLine);
      continue;
    }
    let line = rawLine;
    while (QUOTE_MARKER.test(line)) line = line.replace(QUOTE_MARKER, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      flush();
      fence = fenceMatch[1]?.slice(0, 3) ?? '```';
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      flush();
      const text = inlineText((heading[2] ?? '').replace(/[ \t]#+[ \t]*$/, ''));
      if (text !== '') blocks.push({ kind: 'heading', level: heading[1]?.length ?? 1, text });
      continue;
    }
    const setext = SETEXT_UNDERLINE.exec(line);
    if (setext && lines.length > 0 && bullet === '') {
      const text = inlineText(lines.join(' '));
      lines = [];
      if (text !== '') blocks.push({ kind: 'heading', level: setext[1]?.startsWith('=') ? 1 : 2, text });
      continue;
    }
    if (THEMATIC_BREAK.test(line)) {
      flush();
      continue;
    }
    if (LINK_DEFINITION.test(line) || HTML_COMMENT_LINE.test(line) || TABLE_DELIMITER.test(line)) continue;
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      bullet = bulletOf(item[1] ?? '-');
      lines.push(item[2] ?? '');
      continue;
    }
    if (line.includes('|') && /^[ \t]*\|/.test(line)) {
      // A table row: one paragraph per row, cells separated by a vertical bar.
      flush();
      const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => inlineText(cell));
      const text = cells.filter((cell) => cell !== '').join(' | ');
      if (text !== '') blocks.push({ kind: 'paragraph', text });
      continue;
    }
    lines.push(line);
  }
  if (fence !== null) {
    const text = code.join('\n').trim();
    if (text !== '') blocks.push({ kind: 'paragraph', text });
  }
  flush();
  return blocks;
}

/** "• " for bullet items; ordered items keep their number ("3. "), which the reader may need. */
function bulletOf(marker: string): string {
  return /^\d/.test(marker) ? `${marker.replace(')', '.')} ` : '\u2022 ';
}
