/**
 * The article model shared by every layer. Pure types: safe to import from the renderer.
 *
 * A format parser produces `ParsedArticle`s; the archive loader turns each into an `Article` by adding
 * what only the loader knows (where it came from, its id, its checksum, its language).
 */
import type { ProblemReason } from './file-problem';
import type { QueryProblem } from './query-problem';

/** Languages we analyse specially. Anything else is kept as an ISO 639-1 code or null. */
export type LanguageCode = 'en' | 'es' | 'pt' | (string & {});

/** What a format parser can read out of one file (one file may hold many articles). */
export interface ParsedArticle {
  readonly title: string;
  /** The teaser / standfirst, when the source has one distinct from the body. */
  readonly summary: string | null;
  /** Null when unknown; placeholders such as `WRITER-ID` are never reported as an author. */
  readonly author: string | null;
  /** Publication date as YYYY-MM-DD, only when the source states one unambiguously. Never invented. */
  readonly date: string | null;
  /** The date exactly as written in the source, kept beside the parsed form. */
  readonly dateRaw: string | null;
  /** The publishing outlet (e.g. "Diálogo Americas"). */
  readonly source: string | null;
  /** Original URL; null when the source has none (a `#` link means none). */
  readonly url: string | null;
  /** The rights notice exactly as published, line breaks folded to single spaces. */
  readonly copyright: string | null;
  /** Declared language, if the source states one; otherwise the loader detects it. */
  readonly language: LanguageCode | null;
  /** Body paragraphs in reading order, without the sign-off and the rights notice, never repeated. */
  readonly body: readonly string[];
  /** Sanitised HTML of the body for saved web pages; plain-text formats leave it null. */
  readonly html?: string | null;
  readonly tags?: readonly string[];
  /** When a web archive captured the page (ISO 8601), for WARC input. */
  readonly capturedAt?: string | null;
}

/** Identifies which reader understood a file. */
export type ArticleFormat =
  | 'scraped-text'
  | 'plain-text'
  | 'markdown'
  | 'html'
  | 'json'
  | 'warc'
  | 'reuters-sgml';

/** Where an article was found. `path` is relative to the archive root with `/` separators. */
export interface ArticleLocation {
  readonly path: string;
  /** Entry inside a container (a ZIP entry name, a WARC record URI), when there is one. */
  readonly entry?: string;
  /** Position of the article inside its file, for files holding several. */
  readonly index?: number;
}

/** An article as the archive holds it. */
export interface Article extends ParsedArticle {
  /** Stable id: derived from the article's text, so it survives re-indexing and moves. */
  readonly id: string;
  /** SHA-256 (hex) of the article's text, for integrity checks. */
  readonly sha256: string;
  readonly language: LanguageCode | null;
  readonly format: ArticleFormat;
  /** Text encoding the file was decoded with (e.g. "utf-8", "windows-1252"). */
  readonly encoding: string;
  /** First location; `locations` lists every place the same text was found (exact duplicates). */
  readonly path: string;
  readonly locations: readonly ArticleLocation[];
}

/** A file, or a part of one, that could not be read, shown to the user with its path and a plain reason. */
export interface Problem extends ProblemReason {
  readonly path: string;
}

/** Highlight ranges are [start, end) offsets into the text they accompany. */
export type Highlight = readonly [start: number, end: number];

export interface Snippet {
  readonly text: string;
  readonly highlights: readonly Highlight[];
}

/** One search result row. */
export interface SearchHit {
  readonly id: string;
  readonly title: string;
  readonly date: string | null;
  readonly source: string | null;
  readonly author: string | null;
  readonly language: LanguageCode | null;
  readonly path: string;
  readonly score: number;
  /** Keyword-in-context passage with the matched words highlighted (plain text, never HTML). */
  readonly snippet: Snippet;
  /** Highlights of matched words inside `title`. */
  readonly titleHighlights: readonly Highlight[];
  /** How many places hold this exact article. */
  readonly duplicates: number;
  /** Several keyword-in-context passages, best first (`snippet` is the first). */
  readonly snippets?: readonly Snippet[];
  /** Why this article matched: each query word, the word of the article it matched and where. */
  readonly matches?: readonly MatchedTerm[];
}

/** Article fields a word can match in. */
export type SearchField = 'title' | 'summary' | 'body' | 'author' | 'source' | 'tags';

/**
 * How a query word matched: `exact` (same letters, any case), `accent-folded` (differs only by
 * accents: "Perez" for "Pérez"), `stem` (same stem: "elections" for "election"), `prefix`
 * ("municip*"), `fuzzy` ("guatamala~"), `phrase` (the quoted words, adjacent and in order).
 */
export type MatchKind = 'exact' | 'accent-folded' | 'stem' | 'prefix' | 'fuzzy' | 'phrase';

export interface MatchedTerm {
  /** The word or phrase as typed in the query. */
  readonly query: string;
  /** The word as written in the article. */
  readonly matched: string;
  readonly kind: MatchKind;
  readonly fields: readonly SearchField[];
}

export type SearchSort = 'relevance' | 'newest' | 'oldest';

export interface FacetCount {
  readonly value: string;
  readonly count: number;
}

/**
 * Counts over the whole result set, each facet counted without its own filter (the other facets'
 * filters apply), so its alternatives stay listed; chosen values are always listed. Sources, authors
 * and languages by count; years newest first.
 */
export interface SearchFacets {
  readonly source: readonly FacetCount[];
  readonly year: readonly FacetCount[];
  readonly language: readonly FacetCount[];
  readonly author: readonly FacetCount[];
}

/** Facet values to keep (values of one facet are alternatives; different facets all apply). */
export interface SearchFilters {
  readonly source?: readonly string[];
  readonly year?: readonly (string | number)[];
  readonly language?: readonly string[];
  readonly author?: readonly string[];
}

/** Every match of a query inside one article, for in-article highlighting and next/previous. */
export interface ArticleHighlights {
  readonly title: readonly Highlight[];
  readonly summary: readonly Highlight[];
  /** One list per body paragraph, in order. */
  readonly body: readonly (readonly Highlight[])[];
  readonly total: number;
}

/** A type-ahead suggestion: an indexed word (folded) and how many articles hold it. */
export interface Suggestion {
  readonly text: string;
  readonly articles: number;
}

export interface SearchResponse {
  readonly query: string;
  readonly total: number;
  readonly results: readonly SearchHit[];
  /** A human-readable error (in English) when the query cannot be run; results are then empty. */
  readonly error?: string;
  /** What is wrong with the query, when that is why: for saying it in the reader's language. */
  readonly problem?: QueryProblem;
  /** Counts per source, year, language and author over all results, each facet ignoring its own filter. */
  readonly facets?: SearchFacets;
  readonly sort?: SearchSort;
  /** Milliseconds the search took inside the engine. */
  readonly tookMs?: number;
}

export interface ArchiveSummary {
  /** Absolute path of the archive folder. */
  readonly root: string;
  readonly articles: number;
  readonly files: number;
  readonly problems: readonly Problem[];
  /** Files in the folder of a kind no reader takes (a `.pdf`, a `.docx`), most common kind first. */
  readonly unread: readonly UnreadFiles[];
  /** True when the persisted index was reused without re-reading the archive. */
  readonly fromCache: boolean;
}

/** The files of one kind Archivo does not read: said, so that nobody takes them for searched. */
export interface UnreadFiles {
  /** Lower-case with its dot (".pdf"), or "" for names without one. */
  readonly extension: string;
  readonly count: number;
  /** The first few, relative to the archive root. */
  readonly examples: readonly string[];
}
