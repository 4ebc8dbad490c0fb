/**
 * Escaping for the two contexts the print template writes untrusted article text into.
 * Article text is hostile input: a headline may contain `</style>`, quotes or markup.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * Makes a CSS string literal (with its double quotes) from arbitrary text, for `content: "…"`.
 * Quotes, backslashes, line breaks and `<` (which could close the `<style>` element) become CSS hex
 * escapes; other control characters are dropped because they have no place in a running header.
 */
export function cssString(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === '\\' || char === '<' || char === '>' || char === '&') {
      out += `\\${code.toString(16)} `;
    } else if (code < 0x20 || code === 0x7f) {
      out += code === 0x0a || code === 0x0d || code === 0x09 ? ' ' : '';
    } else {
      out += char;
    }
  }
  return `"${out}"`;
}
