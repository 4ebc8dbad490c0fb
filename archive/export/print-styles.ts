/**
 * The print stylesheet. Only system fonts (nothing is fetched); each stack ends with the DejaVu,
 * Liberation and Noto families Linux ships, all of which cover Spanish and Portuguese accents.
 */
import { cssString } from './escape';
import type { PageSize } from './page-size';
import type { PrintStrings } from './print-strings';

const SERIF =
  'Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, "Noto Serif", "Liberation Serif", "DejaVu Serif", serif';
const SANS =
  '"Helvetica Neue", Helvetica, "Segoe UI", Arial, "Noto Sans", "Liberation Sans", "DejaVu Sans", sans-serif';
const MONO =
  '"SF Mono", Menlo, Consolas, "Noto Sans Mono", "Liberation Mono", "DejaVu Sans Mono", monospace';

export interface PrintCssInput {
  readonly pageSize: PageSize;
  readonly strings: PrintStrings;
  /** Running header text, already shortened; untrusted, so it goes through `cssString`. */
  readonly header: string;
}

export function printCss({ pageSize, strings, header }: PrintCssInput): string {
  const [before, between] = strings.pageOf;
  return `
@page {
  size: ${pageSize};
  margin: 20mm 24mm 22mm 24mm;
  @top-left {
    content: ${cssString(header)};
    font: 7.5pt ${SANS};
    color: #6b6b6b;
    vertical-align: bottom;
    padding-bottom: 2mm;
    margin-bottom: 6mm;
    border-bottom: 0.5pt solid #c9c9c9;
  }
  @bottom-center {
    content: ${cssString(before)} counter(page) ${cssString(between)} counter(pages);
    font: 8pt ${SANS};
    color: #6b6b6b;
    vertical-align: top;
    padding-top: 4mm;
  }
}
@page :first {
  @top-left { content: none; border: none; }
}
html { font: 11.5pt/1.5 ${SERIF}; color: #1a1a1a; background: #fff; }
body { margin: 0; }
header.masthead { margin: 0 0 6mm; }
.kicker { font: 600 9.5pt/1.3 ${SANS}; color: #8a1c1c; margin: 0 0 3mm; }
h1 { font: 700 22pt/1.18 ${SERIF}; margin: 0 0 4mm; letter-spacing: -0.01em; text-wrap: balance; }
.teaser { font-size: 13pt; line-height: 1.45; color: #3d3d3d; margin: 0 0 5mm; }
.meta { font: 9pt/1.5 ${SANS}; color: #4a4a4a; border-top: 0.75pt solid #1a1a1a;
  border-bottom: 0.5pt solid #c9c9c9; padding: 2.5mm 0; margin: 0; }
.meta p { margin: 0; }
.meta .byline { font-weight: 600; color: #1a1a1a; }
.meta .url { overflow-wrap: anywhere; }
.label { color: #6b6b6b; }
main p { margin: 0 0 3.2mm; text-align: left; hyphens: auto; orphans: 3; widows: 3; }
section.provenance { break-inside: avoid; margin-top: 10mm; padding: 4mm 5mm 4.5mm;
  border: 0.5pt solid #c9c9c9; border-radius: 1.5mm; background: #f6f5f2; font: 8.5pt/1.45 ${SANS}; }
section.provenance h2 { font: 700 9pt/1.3 ${SANS}; margin: 0 0 2.5mm; color: #1a1a1a; }
section.provenance dl { display: grid; grid-template-columns: max-content 1fr; column-gap: 4mm; row-gap: 1mm; margin: 0; }
section.provenance dt { color: #6b6b6b; }
section.provenance dd { margin: 0; overflow-wrap: anywhere; }
section.provenance ul { margin: 0; padding: 0; list-style: none; }
.mono { font-family: ${MONO}; font-size: 7.5pt; word-break: break-all; }
.copyright { margin: 3.5mm 0 0; padding-top: 2.5mm; border-top: 0.5pt solid #d8d6d0; }
.copyright h3 { font: 600 8.5pt/1.3 ${SANS}; color: #6b6b6b; margin: 0 0 1mm; }
.copyright p { margin: 0; font: 9pt/1.45 ${SERIF}; color: #1a1a1a; }
/* Query hits: a tint for colour printers and an underline that survives black-and-white copies. */
mark { background: #fff0a8; color: inherit; text-decoration: underline 0.6pt #b08900; text-underline-offset: 1.5pt; }
`;
}

/**
 * Extra rules for a combined export: a contents page, each article on a fresh page, and one named
 * page per article so the running header shows that article's source and headline (Chromium has no
 * running elements or string-set, but it does support named pages with their own margin boxes).
 */
export function combinedCss(headers: readonly string[]): string {
  const perArticle = headers
    .map((header, i) => `@page a${i + 1} { @top-left { content: ${cssString(header)}; } }\n.a${i + 1} { page: a${i + 1}; }`)
    .join('\n');
  return `
article.article { break-before: page; }
nav.contents h1 { font: 700 18pt/1.2 ${SERIF}; margin: 0 0 2mm; }
nav.contents .contents-meta { font: 9pt/1.4 ${SANS}; color: #4a4a4a; margin: 0 0 6mm; }
nav.contents ol { list-style: none; margin: 0; padding: 0; }
nav.contents li { break-inside: avoid; border-bottom: 0.5pt solid #e2e0da; padding: 2mm 0; }
nav.contents a { display: grid; grid-template-columns: 1fr 14mm; column-gap: 4mm; color: inherit; text-decoration: none; }
nav.contents .entry-title { font: 600 10.5pt/1.35 ${SERIF}; }
nav.contents .entry-meta { grid-column: 1; font: 8.5pt/1.4 ${SANS}; color: #5a5a5a; }
nav.contents .entry-page { grid-column: 2; grid-row: 1 / span 2; text-align: right; font: 10pt/1.35 ${SANS}; font-variant-numeric: tabular-nums; }
${perArticle}
`;
}
