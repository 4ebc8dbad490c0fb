/**
 * The one contract between the renderer and the main process: every IPC channel, its arguments and its
 * result, and the `ArchivoApi` the preload exposes as `window.archivo`. Types only, plus channel names:
 * the renderer imports this file, so it must never import Node or Electron.
 */
import type { IndexProgress } from '../archive/index-progress';
import type { Article, ArticleHighlights, ArchiveSummary, SearchFilters, SearchResponse, SearchSort, Suggestion } from '../archive/model/article';

export type { IndexProgress };

/**
 * `ready` means searchable: while an indexing pass runs (the first one, or after files changed),
 * `indexing` carries its progress and results cover what is indexed so far.
 */
export type ArchiveStatus =
  | { readonly state: 'empty' }
  | { readonly state: 'loading'; readonly root: string }
  | { readonly state: 'ready'; readonly summary: ArchiveSummary; readonly indexing: IndexProgress | null }
  | { readonly state: 'error'; readonly root: string; readonly message: string };

export type ExportResult =
  | { readonly status: 'saved'; readonly path: string }
  | { readonly status: 'canceled' }
  | { readonly status: 'error'; readonly message: string };

/** Citation styles the app offers (archive/cite); `chicago-note` is Chicago's note form, the others bibliography entries. */
export const CITATION_STYLES = ['apa', 'mla', 'chicago', 'chicago-note'] as const;
export type CitationStyleName = (typeof CITATION_STYLES)[number];

export type CiteResult =
  | { readonly status: 'copied'; readonly style: CitationStyleName; readonly text: string }
  | { readonly status: 'error'; readonly message: string };

/** Files the result list can be exported as: a table, or references for a reference manager. */
export const RESULTS_FORMATS = ['csv', 'json', 'csl-json', 'ris', 'bibtex'] as const;
export type ResultsFormat = (typeof RESULTS_FORMATS)[number];

/** A result the user ticked: its id and its 0-based position in the list when it was ticked. */
export interface SelectedResult {
  readonly id: string;
  readonly rank: number;
}

/** The current search, as the results pane shows it: its whole result set, or only the results ticked in it. */
export interface ResultsSelection {
  readonly query: string;
  readonly sort?: SearchSort;
  readonly filters?: SearchFilters;
  /** Only these results, in list order; every result when omitted. */
  readonly selected?: readonly SelectedResult[];
}

export interface ResultsExportRequest extends ResultsSelection {
  readonly format: ResultsFormat;
  /** Also write a search receipt (JSON) next to the export. */
  readonly receipt?: boolean;
}

/** Results as PDF: one file with a contents page, or one file per article in a new folder. */
export const PDF_LAYOUTS = ['combined', 'per-article'] as const;
export type PdfLayout = (typeof PDF_LAYOUTS)[number];

export interface ResultsPdfRequest extends ResultsSelection {
  readonly layout: PdfLayout;
  /** Mark the words the query matched in each article. */
  readonly highlight?: boolean;
}

/** Options of a one-article PDF. */
export interface ArticlePdfOptions {
  /** Mark the words this query matches in the article. */
  readonly highlightQuery?: string;
}

export type ResultsExportResult =
  /** `path` is the file written, or for one PDF per article the folder holding `count` PDFs. */
  | { readonly status: 'saved'; readonly path: string; readonly count: number; readonly receiptPath?: string; readonly folder?: boolean }
  | { readonly status: 'canceled' }
  | { readonly status: 'error'; readonly message: string };

/** Progress of a combined PDF export of results (mirrors archive/export's BatchProgress). */
export interface PdfBatchProgress {
  readonly phase: 'preparing' | 'layout' | 'printing' | 'saving' | 'done';
  readonly done: number;
  readonly total: number;
}

export interface SearchOptions {
  readonly limit?: number;
  /** Index of the first hit to return: the result list fetches pages as the user scrolls. */
  readonly offset?: number;
  readonly sort?: SearchSort;
  /** Facet values to keep (values of one facet are alternatives; different facets all apply). */
  readonly filters?: SearchFilters;
}

export type ThemePreference = 'system' | 'light' | 'dark';
export type LanguagePreference = 'system' | 'en' | 'es' | 'pt';
export const UI_LANGUAGES = ['en', 'es', 'pt'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/**
 * The renderer's interface preferences, reported to main whenever they change so the menu can show
 * them checked and in the same language, and native dialogs and the title bar follow the theme.
 */
export interface UiPreferences {
  readonly theme: ThemePreference;
  /** The language chosen ('system' = follow the operating system) … */
  readonly language: LanguagePreference;
  /** … and the one actually shown. */
  readonly effectiveLanguage: UiLanguage;
  /** Text zoom as a percentage (100 = normal). */
  readonly zoom: number;
}

/** What happened to a request to open a link in the user's browser (main asks for confirmation first). */
export type OpenExternalResult =
  | { readonly outcome: 'opened'; readonly url: string }
  | { readonly outcome: 'canceled' }
  | { readonly outcome: 'refused'; readonly reason: string }
  | { readonly outcome: 'busy' }
  | { readonly outcome: 'failed'; readonly message: string };

/** Commands the main process sends to the renderer (menu items and their accelerators). */
export type AppCommand =
  | 'focus-search'
  | 'export-pdf'
  | 'show-shortcuts'
  | 'find-in-article'
  | 'zoom-in'
  | 'zoom-out'
  | 'zoom-reset'
  | 'theme-system'
  | 'theme-light'
  | 'theme-dark'
  | 'language-system'
  | 'language-en'
  | 'language-es'
  | 'language-pt';

/** Request/response channels: name → argument tuple and result. */
export interface InvokeChannels {
  'archive:get-status': { args: []; result: ArchiveStatus };
  'archive:open-dialog': { args: []; result: ArchiveStatus };
  'archive:search': { args: [query: string, options?: SearchOptions]; result: SearchResponse };
  'archive:get-article': { args: [id: string]; result: Article | null };
  'archive:highlight-article': { args: [id: string, query: string]; result: ArticleHighlights | null };
  'archive:more-like-this': { args: [id: string]; result: SearchResponse };
  'archive:suggest': { args: [prefix: string, limit?: number]; result: readonly Suggestion[] };
  'article:export-pdf': { args: [id: string, options?: ArticlePdfOptions]; result: ExportResult };
  'article:cite': { args: [id: string, style: CitationStyleName, locale: UiLanguage]; result: CiteResult };
  'results:export': { args: [request: ResultsExportRequest]; result: ResultsExportResult };
  'results:export-pdf': { args: [request: ResultsPdfRequest, locale: UiLanguage]; result: ResultsExportResult };
  'results:cancel-export': { args: []; result: null };
  'archive:get-recent': { args: []; result: readonly string[] };
  'archive:open-recent': { args: [root: string]; result: ArchiveStatus };
  'archive:stop-indexing': { args: []; result: null };
  'app:open-external': { args: [url: string]; result: OpenExternalResult };
  'ui:preferences-changed': { args: [preferences: UiPreferences]; result: null };
}

/** Main → renderer event channels: name → payload. */
export interface EventChannels {
  'archive:status-changed': ArchiveStatus;
  'app:command': AppCommand;
  'results:export-progress': PdfBatchProgress;
}

export type InvokeChannel = keyof InvokeChannels;
export type EventChannel = keyof EventChannels;

export const INVOKE_CHANNELS = [
  'archive:get-status',
  'archive:open-dialog',
  'archive:search',
  'archive:get-article',
  'archive:highlight-article',
  'archive:more-like-this',
  'archive:suggest',
  'article:export-pdf',
  'article:cite',
  'results:export',
  'results:export-pdf',
  'results:cancel-export',
  'archive:get-recent',
  'archive:open-recent',
  'archive:stop-indexing',
  'app:open-external',
  'ui:preferences-changed',
] as const satisfies readonly InvokeChannel[];

export const EVENT_CHANNELS = ['archive:status-changed', 'app:command', 'results:export-progress'] as const satisfies readonly EventChannel[];

/** What `window.archivo` offers the renderer. Every method crosses the context bridge. */
export interface ArchivoApi {
  getStatus(): Promise<ArchiveStatus>;
  /** Shows the folder picker in the main process; resolves to the (possibly unchanged) status. */
  openArchive(): Promise<ArchiveStatus>;
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
  /** Stops the indexing pass under way after the current file; what was read stays searchable and saved. */
  stopIndexing(): Promise<void>;
  getArticle(id: string): Promise<Article | null>;
  /** Every match of `query` in the article (title, teaser, each paragraph); null when unknown. */
  highlightArticle(id: string, query: string): Promise<ArticleHighlights | null>;
  /** Articles most like this one, itself excluded. */
  moreLikeThis(id: string): Promise<SearchResponse>;
  /** Indexed words completing the last word of `prefix`, most frequent first. */
  suggest(prefix: string, limit?: number): Promise<readonly Suggestion[]>;
  /** Shows the save dialog, prints the article to PDF (with the query's hits marked, if asked) and writes it. */
  exportPdf(id: string, options?: ArticlePdfOptions): Promise<ExportResult>;
  /** Cites the article in `style` (localised terms in `locale` where the style has them); main copies it to the clipboard. */
  citeArticle(id: string, style: CitationStyleName, locale: UiLanguage): Promise<CiteResult>;
  /** Shows the save dialog and writes the results (all, or the ticked ones) as a table or as references. */
  exportResults(request: ResultsExportRequest): Promise<ResultsExportResult>;
  /** Shows the save (or folder) dialog and prints the results as one PDF with a contents page, or one PDF each. */
  exportResultsPdf(request: ResultsPdfRequest, locale: UiLanguage): Promise<ResultsExportResult>;
  /** Cancels the results PDF export under way, if any. */
  cancelResultsExport(): Promise<void>;
  onExportProgress(listener: (progress: PdfBatchProgress) => void): () => void;
  /** Archives opened before, most recent first (for the start screen; the File menu lists them too). */
  getRecentArchives(): Promise<readonly string[]>;
  /** Reopens one of `getRecentArchives()`; any other path is refused. */
  openRecentArchive(root: string): Promise<ArchiveStatus>;
  /** Asks the user to confirm, then opens an http(s) address in their browser. */
  openExternal(url: string): Promise<OpenExternalResult>;
  /** Tells main the interface preferences (menu checks and labels, native theme). */
  reportPreferences(preferences: UiPreferences): Promise<null>;
  /** Returns an unsubscribe function. */
  onStatusChanged(listener: (status: ArchiveStatus) => void): () => void;
  onCommand(listener: (command: AppCommand) => void): () => void;
}
