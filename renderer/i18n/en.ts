/**
 * English, the reference table: its shape is `Messages`, and the Spanish and Portuguese tables must
 * have exactly the same keys (a missing or extra key fails the type check).
 */
import type { Formatters } from './formatters';

export function englishMessages(f: Formatters) {
  return {
    appName: 'Archivo',
    languageName: 'English',

    // Opening an archive
    openArchive: 'Open archive…',
    openAnotherArchive: 'Open another archive…',
    recentArchives: 'Recent archives',
    emptyTitle: 'No archive open',
    emptyHint: 'Choose a folder of saved articles: text, Markdown, web pages, JSON or web archives. Everything stays on this computer.',
    indexing: (folder: string) => `Indexing “${folder}”…`,
    indexingHint: 'Large archives take a while the first time; the index is reused afterwards.',
    starting: 'Starting…',
    stopIndexing: 'Stop',
    stopIndexingHint: 'Stop indexing after the current file; what was read stays searchable, and reopening the archive continues',
    indexingLabel: 'Indexing progress',
    indexingScanning: 'Looking for new and changed files…',
    indexingProgress: (done: number, found: number, articles: number) =>
      `Indexing: ${f.number(done)} of ${f.number(found)} files, ${f.count(articles, 'article', 'articles')} searchable`,
    indexingRate: (filesPerSecond: number) => `${f.number(Math.round(filesPerSecond))} files/s`,
    indexingTimeLeft: (ms: number) => `about ${f.duration(ms)} left`,
    errorTitle: 'This archive could not be opened',
    errorHint: 'Check that the folder still exists and that you can read it, or choose another folder.',
    bridgeMissing: 'Archivo’s connection to the desktop app is missing. Start Archivo from its launcher.',

    // Header
    articleCount: (n: number) => f.count(n, 'article', 'articles'),
    problemCount: (n: number) => f.count(n, 'problem', 'problems'),
    noProblems: 'No problems',
    problemsTitle: 'Files that could not be read',
    closeList: 'Close list',
    problemsHint: 'These files were skipped; everything else is searchable.',
    settingsLabel: 'Display settings',
    showShortcuts: 'Keyboard shortcuts',

    // Search
    searchLabel: 'Search the archive',
    searchPlaceholder: 'Search — all words must match',
    searchHint: (mod: string) => `/ or ${mod}+K to search · ↑ ↓ or j k to move · Enter to open · ? for all shortcuts`,
    searching: 'Searching…',
    resultCount: (n: number) => f.count(n, 'result', 'results'),
    noResults: (query: string) => `Nothing matches “${query}”.`,
    noResultsHint: 'Try fewer words, check the spelling, or add * to a word to match its beginning (municip*).',
    noResultsFiltered: 'Filters are hiding some results. Remove one to see more:',
    didYouMean: 'Did you mean',
    searchFailed: (message: string) => `Search failed: ${message}`,
    searchFailedHint: 'Try again; if it keeps failing, reopen the archive from the File menu.',
    retry: 'Try again',
    queryError: (message: string) => `This search cannot be run: ${message}`,
    queryHelp: 'Quotes find a phrase ("secure municipality"), a minus sign excludes a word (-gang), OR allows either word.',
    startTyping: 'Type a word or two to search every article in this archive.',
    startTypingDetail: 'All words must match; accents and capitals do not matter: “perez” finds Pérez.',
    resultsLabel: 'Search results',
    duplicates: (n: number) => f.count(n, 'copy', 'copies'),
    loadingResult: 'Loading…',
    sortLabel: 'Sort',
    sortRelevance: 'Best match',
    sortNewest: 'Newest first',
    sortOldest: 'Oldest first',

    // Filters and timeline
    filtersLabel: 'Filters',
    facetSource: 'Source',
    facetYear: 'Year',
    facetLanguage: 'Language',
    facetAuthor: 'Author',
    facetOption: (value: string, count: number) => `${value} (${f.count(count, 'result', 'results')})`,
    showMoreValues: (n: number) => `Show ${f.number(n)} more`,
    showFewerValues: 'Show fewer',
    removeFilter: (value: string) => `Remove filter: ${value}`,
    clearFilters: 'Clear all filters',
    timelineLabel: 'Results by year',
    timelineBar: (year: string, count: number) => `${year}: ${f.count(count, 'result', 'results')}`,
    timelineHint: 'Choose a year, or drag (Shift+click) across years for a range.',
    timelineAllYears: 'All years',
    timelineRange: (from: string, to: string) => (from === to ? from : `${from}–${to}`),
    noDate: 'No date',

    // Article
    noArticle: 'Open a result to read it here, with its source and copyright.',
    articleLoading: 'Opening article…',
    articleMissing: 'This article is no longer in the archive. Search again to find its current version.',
    articleFailed: (message: string) => `The article could not be opened: ${message}`,
    closeArticle: 'Close article',
    articleToolbar: 'Article actions',
    byline: (author: string) => `By ${author}`,
    authorUnknown: 'Author unknown',
    dateUnknown: 'Date unknown',
    hitsLabel: 'Matches of your search in this article',
    hitCounter: (current: number, total: number) =>
      current === 0 ? f.count(total, 'match', 'matches') : `${f.number(current)} of ${f.number(total)}`,
    previousHit: 'Previous match',
    nextHit: 'Next match',
    findLabel: 'Find in article',
    findPlaceholder: 'Find in article',
    findCounter: (current: number, total: number) =>
      total === 0 ? 'No matches' : `${f.number(current)} of ${f.number(total)}`,
    findClose: 'Close find',
    moreLikeThis: 'More like this',

    // Provenance
    provenanceTitle: 'Source & copyright',
    source: 'Source',
    sourceUnknown: 'Unknown',
    originalUrl: 'Original URL',
    urlUnknown: 'Not recorded in the file',
    openOriginal: 'Open original…',
    openOriginalHint: 'Opens in your browser after you confirm; the site will learn someone visited it.',
    openRefused: (reason: string) => `Not opened: ${reason}.`,
    openFailed: (message: string) => `Could not open the link: ${message}`,
    capturedAt: 'Captured',
    file: 'File',
    entry: (entry: string) => `entry ${entry}`,
    otherLocations: 'Also found at',
    language: 'Language',
    encoding: 'Encoding',
    format: 'Format',
    dateAsWritten: 'Date as written',
    sha256: 'SHA-256',
    copyright: 'Copyright notice',
    copyrightUnknown: 'No copyright notice in the file',

    // Export
    exportPdf: 'Export PDF',
    exportShortcut: (mod: string) => `${mod}+P`,
    exporting: 'Exporting PDF…',
    exportSaved: (path: string) => `Saved to ${path}`,
    exportFailed: (message: string) => `Export failed: ${message}`,

    // Citations
    citeLabel: 'Cite',
    citeGroup: 'Copy a citation of this article',
    citeHint: (style: string) => `Copy the ${style} citation to the clipboard`,
    citeCopied: (style: string) => `Copied ${style} citation`,
    citeFailed: (message: string) => `Could not copy the citation: ${message}`,

    // Exporting results
    exportResults: 'Export results…',
    exportResultsTitle: 'Export every result of this search',
    exportFormat: 'Format',
    exportReceipt: 'Also save a search receipt (to reproduce the search)',
    exportResultsButton: 'Export',
    exportAllPdf: 'Export all results as PDF…',
    resultsExporting: 'Exporting results…',
    resultsSaved: (count: number, path: string) => `Saved ${f.count(count, 'result', 'results')} to ${path}`,
    receiptSaved: (path: string) => `Search receipt saved to ${path}`,
    pdfProgress: (phase: string, done: number, total: number) =>
      phase === 'preparing' ? `Preparing ${f.number(done)} of ${f.number(total)} articles…` : phase === 'saving' || phase === 'done' ? 'Saving the PDF…' : `Laying out ${f.count(total, 'article', 'articles')}…`,
    cancelExport: 'Cancel export',
    exportCanceled: 'Export cancelled',

    // Display settings
    theme: 'Theme',
    themeSystem: 'System',
    themeLight: 'Light',
    themeDark: 'Dark',
    uiLanguage: 'Language',
    languageSystem: 'System',
    textSize: 'Text size',
    zoomIn: 'Larger text',
    zoomOut: 'Smaller text',
    zoomReset: (percent: number) => `${f.number(percent)}% (reset)`,
    resizePanes: 'Resize the result list',

    // Shortcuts dialog
    shortcutsTitle: 'Keyboard shortcuts',
    close: 'Close',
    groupSearch: 'Search and results',
    groupArticle: 'Reading',
    groupApp: 'Application',
    keyFocusSearch: 'Focus the search box',
    keyMoveResults: 'Next or previous result',
    keyFirstLast: 'First or last result',
    keyOpenResult: 'Open the selected result',
    keyBack: 'Close the article, dialog or list',
    keyFind: 'Find in the article',
    keyFindNext: 'Next or previous match',
    keyExport: 'Export the article as PDF',
    keyOpenArchive: 'Open an archive',
    keyZoom: 'Larger, smaller or normal text',
    keyShortcuts: 'Show this list',
    keyResize: 'Resize the panes (on the divider)',
  };
}

export type Messages = ReturnType<typeof englishMessages>;
