/**
 * The field names common scrapers and static-site generators use for article metadata, and how to
 * read them out of an untrusted object (a JSON record, a YAML front matter mapping).
 *
 * Known producers: news-please (`maintext`, `authors`, `date_publish`, `source_domain`), trafilatura
 * (`text`, `author` "A; B", `sitename`, `hostname`, `source` = URL in older versions, `excerpt`),
 * newspaper3k (`text`, `authors`, `publish_date`), NewsAPI (`source.name`, `publishedAt`,
 * `description`), Hugo/Jekyll front matter (`title`, `date`, `tags`, `categories`), and generic
 * dumps (`headline`, `content`, `body`, `byline`, `published_at`, `link`).
 *
 * Only own properties are read (`Object.hasOwn`), so a `__proto__` key is just an unknown key.
 */
import { parseDate } from '../text/dates';
import { decodeEntities, htmlToText, looksLikeHtml } from './structured-text';
import { collapseSpaces } from '../text/collapse-spaces';
import { withoutRepeats } from '../text/without-repeats';

export type UntrustedRecord = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is UntrustedRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const TITLE_KEYS = ['title', 'headline', 'title_page', 'title_rss'] as const;
export const TEXT_KEYS = [
  'maintext', 'text', 'content', 'body', 'articleBody', 'article_text', 'full_text', 'fulltext', 'raw_text', 'story',
] as const;
const SUMMARY_KEYS = ['description', 'excerpt', 'summary', 'teaser', 'standfirst', 'subtitle', 'abstract', 'lead', 'dek'] as const;
const AUTHOR_KEYS = ['authors', 'author', 'byline', 'creator', 'creators', 'writer'] as const;
/** Publication dates only: download, crawl and modification dates would put the article at the wrong time. */
const DATE_KEYS = [
  'date_publish', 'publish_date', 'published_date', 'date_published', 'datePublished', 'publication_date',
  'published_at', 'publishedAt', 'published', 'pubDate', 'pub_date', 'date',
] as const;
const SOURCE_KEYS = ['sitename', 'site_name', 'source_name', 'publisher', 'outlet', 'source', 'source-hostname', 'source_domain', 'hostname', 'domain'] as const;
const URL_KEYS = ['url', 'link', 'canonical_url', 'canonical', 'permalink', 'webUrl', 'source_url', 'source'] as const;
const LANGUAGE_KEYS = ['language', 'lang', 'meta_lang', 'locale', 'inLanguage'] as const;
const COPYRIGHT_KEYS = ['copyright', 'rights', 'copyrightNotice', 'license'] as const;
const TAG_KEYS = ['tags', 'keywords', 'categories', 'topics', 'subjects'] as const;

/** Placeholders that mean "author unknown" in the archives we know (the seed format's anonymiser). */
const AUTHOR_PLACEHOLDERS = new Set(['writer-id', 'unknown', 'anonymous', 'n/a', 'none', 'null']);

const LANGUAGE_NAMES: ReadonlyMap<string, string> = new Map([
  ['english', 'en'], ['spanish', 'es'], ['espanol', 'es'], ['español', 'es'], ['castellano', 'es'],
  ['portuguese', 'pt'], ['portugues', 'pt'], ['português', 'pt'],
]);

/** Longest metadata value we keep: a "title" of a megabyte is a misfiled body, not a headline. */
const MAX_FIELD = 2_000;

export interface ArticleMetadata {
  readonly title: string | null;
  readonly summary: string | null;
  readonly author: string | null;
  readonly date: string | null;
  readonly dateRaw: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly copyright: string | null;
  readonly language: string | null;
  readonly tags: readonly string[];
}

function own(record: UntrustedRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A short one-line value: strings and numbers, entities decoded, spaces folded; null when empty. */
function scalar(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const bounded = value.length > MAX_FIELD * 4 ? value.slice(0, MAX_FIELD * 4) : value;
  // A title or a name is text: markup in it (a hostile dump's <script>) is read as a browser shows it.
  const text = collapseSpaces(looksLikeHtml(bounded) ? htmlToText(bounded) : decodeEntities(bounded));
  return text === '' ? null : text.slice(0, MAX_FIELD);
}

/** A name given as a string or as `{ name: … }` (NewsAPI sources, schema.org authors). */
function named(value: unknown): string | null {
  return isRecord(value) ? scalar(own(value, 'name')) : scalar(value);
}

function first<T>(record: UntrustedRecord, keys: readonly string[], read: (value: unknown) => T | null): T | null {
  for (const key of keys) {
    const value = read(own(record, key));
    if (value !== null) return value;
  }
  return null;
}

/**
 * Lists arrive as arrays or as "a; b" / "a, b" strings. Bounded so a hostile array costs little.
 * An item with none of the `separators` characters (nearly every name and tag) is kept as it is:
 * `scalar` has trimmed it, and splitting it is most of what reading a list costs.
 */
function listOf(value: unknown, separators: ListSeparators): string[] {
  const items = Array.isArray(value) ? value.slice(0, 200) : [value];
  const list: string[] = [];
  for (const item of items) {
    const text = named(item);
    if (text === null) continue;
    if (!separators.chars.some((char) => text.includes(char))) list.push(text);
    else {
      for (const part of text.split(separators.pattern)) {
        const trimmed = part.trim();
        if (trimmed !== '') list.push(trimmed);
      }
    }
  }
  return list;
}

interface ListSeparators {
  readonly chars: readonly string[];
  readonly pattern: RegExp;
}

const AUTHOR_SEPARATORS: ListSeparators = { chars: [';'], pattern: /\s*;\s*/ };
const TAG_SEPARATORS: ListSeparators = { chars: [';', ','], pattern: /\s*[;,]\s*/ };
/** Longer than any of AUTHOR_PLACEHOLDERS: such a name is not lower-cased to be looked up. */
const LONGEST_PLACEHOLDER = Math.max(...[...AUTHOR_PLACEHOLDERS].map((placeholder) => placeholder.length));

function authorOf(record: UntrustedRecord): string | null {
  for (const key of AUTHOR_KEYS) {
    const names: string[] = [];
    for (const listed of listOf(own(record, key), AUTHOR_SEPARATORS)) {
      const name = /^by\s/i.test(listed) ? listed.replace(/^by\s+/i, '').trim() : listed;
      if (name !== '' && !(name.length <= LONGEST_PLACEHOLDER && AUTHOR_PLACEHOLDERS.has(name.toLowerCase()))) names.push(name);
    }
    if (names.length > 0) return withoutRepeats(names).join(', ');
  }
  return null;
}

function httpUrl(value: unknown): string | null {
  const text = scalar(value);
  if (text === null || !/^https?:\/\//i.test(text)) return null;
  try {
    return new URL(text).href;
  } catch {
    return null;
  }
}

/** An outlet name; a URL in `source` (trafilatura) is the article's address, not its outlet. */
function outlet(value: unknown): string | null {
  const name = named(value);
  return name === null || /^https?:\/\//i.test(name) ? null : name;
}

function languageOf(value: unknown): string | null {
  const text = scalar(value)?.toLowerCase();
  if (text === undefined) return null;
  const named = LANGUAGE_NAMES.get(text);
  if (named !== undefined) return named;
  const code = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/.exec(text);
  return code?.[1] ?? null;
}

/** The date as written, and its YYYY-MM-DD form only when it is unambiguous. */
export function dateOf(raw: string | null): { readonly date: string | null; readonly dateRaw: string | null } {
  return { date: raw === null ? null : parseDate(raw), dateRaw: raw };
}

export function metadataOf(record: UntrustedRecord): ArticleMetadata {
  // Only the keys a record has are read (most have none); each tag once, in the order first given.
  const given: string[] = [];
  for (const key of TAG_KEYS) {
    const value = own(record, key);
    if (value !== undefined) for (const tag of listOf(value, TAG_SEPARATORS)) given.push(tag);
  }
  const tags = withoutRepeats(given);
  const { date, dateRaw } = dateOf(first(record, DATE_KEYS, scalar));
  return {
    title: first(record, TITLE_KEYS, scalar),
    summary: first(record, SUMMARY_KEYS, scalar),
    author: authorOf(record),
    date,
    dateRaw,
    source: first(record, SOURCE_KEYS, outlet),
    url: first(record, URL_KEYS, httpUrl),
    copyright: first(record, COPYRIGHT_KEYS, scalar),
    language: first(record, LANGUAGE_KEYS, languageOf),
    tags,
  };
}

/** The summary is worth keeping only when it says something the body does not already start with. */
export function distinctSummary(summary: string | null, body: readonly string[]): string | null {
  if (summary === null) return null;
  const opening = (body[0] ?? '').toLowerCase();
  const teaser = summary.replace(/(?:\.\.\.|\u2026)$/, '').trim().toLowerCase();
  return teaser === '' || opening.startsWith(teaser) ? null : summary;
}
