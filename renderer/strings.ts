/**
 * Every user-visible string of the renderer, in one place so a Spanish and Portuguese UI can replace
 * this module later without touching components. Functions take care of plurals and number formats.
 */

/** BCP 47 tag used for dates, numbers and plurals; it follows the UI language, not the article's. */
export const LOCALE = 'en';

const numberFormat = new Intl.NumberFormat(LOCALE);
const plural = new Intl.PluralRules(LOCALE);

/** "45 s", "3 min", "2 h": a rough figure is all a time-left estimate deserves. */
function durationFormat(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return new Intl.NumberFormat(LOCALE, { style: 'unit', unit: 'second', unitDisplay: 'short' }).format(seconds);
  if (seconds < 3600) return new Intl.NumberFormat(LOCALE, { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(Math.round(seconds / 60));
  return new Intl.NumberFormat(LOCALE, { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 1 }).format(seconds / 3600);
}

function count(n: number, one: string, other: string): string {
  return `${numberFormat.format(n)} ${plural.select(n) === 'one' ? one : other}`;
}

export const strings = {
  appName: 'Archivo',
  openArchive: 'Open archive…',
  openAnotherArchive: 'Open another archive…',
  emptyTitle: 'No archive open',
  emptyHint: 'Choose a folder of saved articles. Everything stays on this computer.',
  indexing: (folder: string) => `Indexing “${folder}” …`,
  indexingHint: 'Large archives take a while the first time; the index is reused afterwards.',
  starting: 'Starting…',
  indexingLabel: 'Indexing progress',
  indexingScanning: 'Looking for new and changed files…',
  indexingProgress: (done: number, found: number, articles: number) =>
    `Indexing: ${numberFormat.format(done)} of ${numberFormat.format(found)} files, ${count(articles, 'article', 'articles')} searchable`,
  indexingRate: (filesPerSecond: number) => `${numberFormat.format(Math.round(filesPerSecond))} files/s`,
  indexingTimeLeft: (ms: number) => `about ${durationFormat(ms)} left`,
  errorTitle: 'This archive could not be opened',
  bridgeMissing: 'Archivo’s connection to the desktop app is missing. Start Archivo from its launcher.',

  searchLabel: 'Search the archive',
  searchPlaceholder: 'Search — all words must match',
  searchHint: (mod: string) => `Press / or ${mod}+K to search, ↑ ↓ or j k to move, Enter to open, Esc to close.`,
  searching: 'Searching…',
  resultCount: (n: number) => count(n, 'result', 'results'),
  showingFirst: (shown: number, total: number) =>
    `Showing the first ${numberFormat.format(shown)} of ${numberFormat.format(total)}.`,
  noResults: (query: string) => `Nothing matches “${query}”. Try fewer or different words.`,
  searchFailed: (message: string) => `Search failed: ${message}`,
  queryError: (message: string) => `This search cannot be run: ${message}`,
  startTyping: 'Type a word or two to search every article in this archive.',
  resultsLabel: 'Search results',
  duplicates: (n: number) => count(n, 'copy', 'copies'),

  articleCount: (n: number) => count(n, 'article', 'articles'),
  problemCount: (n: number) => count(n, 'problem', 'problems'),
  noProblems: 'No problems',
  problemsTitle: 'Files that could not be read',
  closeList: 'Close list',
  problemsHint: 'These files were skipped; everything else is searchable.',

  noArticle: 'Open a result to read it here, with its source and copyright.',
  articleLoading: 'Opening article…',
  articleMissing: 'This article is no longer in the archive. Try searching again.',
  articleFailed: (message: string) => `The article could not be opened: ${message}`,
  closeArticle: 'Close article',
  byline: (author: string) => `By ${author}`,
  authorUnknown: 'Author unknown',
  dateUnknown: 'Date unknown',

  provenanceTitle: 'Source & copyright',
  source: 'Source',
  sourceUnknown: 'Unknown',
  originalUrl: 'Original URL',
  urlUnknown: 'Not recorded in the file',
  file: 'File',
  entry: (entry: string) => `entry ${entry}`,
  otherLocations: 'Also found at',
  encoding: 'Encoding',
  format: 'Format',
  dateAsWritten: 'Date as written',
  sha256: 'SHA-256',
  copyright: 'Copyright notice',
  copyrightUnknown: 'No copyright notice in the file',

  exportPdf: 'Export PDF',
  exportShortcut: (mod: string) => `${mod}+P`,
  exporting: 'Exporting PDF…',
  exportSaved: (path: string) => `Saved to ${path}`,
  exportFailed: (message: string) => `Export failed: ${message}`,
} as const;
