/**
 * What a saved page says about itself: JSON-LD (schema.org NewsArticle and kin, also inside @graph or
 * arrays, with @id references), OpenGraph and `article:*` tags, `meta name=author/description`,
 * Dublin Core, `<html lang>` and `<link rel=canonical>`. Publishers' markup is often broken: a JSON-LD
 * block that cannot be read is skipped, never fatal. Each field takes the first source that has it,
 * JSON-LD first, because it is the most deliberate statement a publisher makes.
 */
import { extractJsonLdArticle, type JsonLdArticle } from './html-jsonld';

export interface PageMetadata {
  readonly title: string | null;
  readonly description: string | null;
  readonly author: string | null;
  readonly dateRaw: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly copyright: string | null;
  readonly language: string | null;
  readonly tags: readonly string[];
}

type MetaTags = ReadonlyMap<string, readonly string[]>;

/** `<meta property|name|itemprop=… content=…>`, keys lower-cased, every value kept in order. */
function metaTags(document: Document): MetaTags {
  const tags = new Map<string, string[]>();
  for (const meta of Array.from(document.querySelectorAll('meta[content]'))) {
    const content = clean(meta.getAttribute('content'));
    if (content === null) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key) tags.set(key, [...(tags.get(key) ?? []), content]);
    }
  }
  return tags;
}

export function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

export function httpUrl(value: string | null | undefined): string | null {
  const text = clean(value);
  if (text === null) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function first(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value) return value;
  }
  return null;
}

/** `article:author` is often a profile URL rather than a name; only names are authors. */
function metaAuthor(tags: MetaTags): string | null {
  const names = [...(tags.get('author') ?? []), ...(tags.get('article:author') ?? []), ...(tags.get('dcterms.creator') ?? []), ...(tags.get('dc.creator') ?? [])]
    .filter((name) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(name) && !name.startsWith('/'));
  return names.length > 0 ? [...new Set(names)].join(', ') : null;
}

/** "es-ES", "pt_BR", "en" → "es", "pt", "en"; nonsense → null. */
export function languageCode(value: string | null | undefined): string | null {
  const match = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i.exec(clean(value) ?? '');
  return match?.[1] ? match[1].toLowerCase() : null;
}

function splitTags(values: readonly string[]): string[] {
  return values.flatMap((value) => value.split(/[,;]/)).map((tag) => tag.trim()).filter((tag) => tag !== '');
}

function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Only a notice the page states in words (one assembled from structured data was never published):
 * the declared notice, else the rights line printed on the page, usually in its footer.
 */
function copyrightOf(document: Document, jsonLd: JsonLdArticle | null, tags: MetaTags): string | null {
  return jsonLd?.copyrightNotice ?? first(tags, 'copyright', 'dcterms.rights', 'dc.rights', 'rights') ?? printedRightsLine(document);
}

const RIGHTS_LINE = /©|\bcopyright\b|\(c\)\s*\d{4}|derechos reservados|direitos reservados|all rights reserved/i;

function printedRightsLine(document: Document): string | null {
  for (const element of Array.from(document.querySelectorAll('footer p, footer small, footer div, p, small'))) {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 0 && text.length <= 300 && RIGHTS_LINE.test(text) && element.querySelector('p, div') === null) return text;
  }
  return null;
}

export function extractPageMetadata(document: Document): PageMetadata {
  const jsonLd = extractJsonLdArticle(document);
  const tags = metaTags(document);
  const canonical = httpUrl(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href'));
  return {
    title: jsonLd?.headline ?? first(tags, 'og:title', 'twitter:title', 'dcterms.title', 'dc.title'),
    description: jsonLd?.description ?? first(tags, 'og:description', 'description', 'twitter:description', 'dcterms.description', 'dcterms.abstract'),
    author: jsonLd?.authors.length ? jsonLd.authors.join(', ') : metaAuthor(tags),
    dateRaw:
      jsonLd?.datePublished ??
      first(tags, 'article:published_time', 'datepublished', 'dcterms.date', 'dcterms.issued', 'dcterms.created', 'dc.date', 'date', 'pubdate', 'publish-date', 'og:published_time'),
    source: jsonLd?.publisher ?? first(tags, 'og:site_name', 'dcterms.publisher', 'dc.publisher', 'application-name'),
    url: canonical ?? httpUrl(first(tags, 'og:url')) ?? httpUrl(jsonLd?.url),
    copyright: copyrightOf(document, jsonLd, tags),
    language:
      languageCode(jsonLd?.inLanguage) ??
      languageCode(document.documentElement.getAttribute('lang')) ??
      languageCode(document.documentElement.getAttribute('xml:lang')) ??
      languageCode(first(tags, 'og:locale', 'content-language', 'dcterms.language', 'dc.language', 'language')),
    tags: unique([...(jsonLd?.keywords ?? []), ...splitTags(tags.get('article:tag') ?? []), ...splitTags(tags.get('news_keywords') ?? [])]),
  };
}
