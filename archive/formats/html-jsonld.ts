/**
 * The schema.org article a page declares in `<script type="application/ld+json">`. Real pages nest it in
 * `@graph`, in arrays, in a WebPage's `mainEntity`, refer to authors and publishers by `@id`, escape
 * HTML entities inside JSON strings, and ship JSON with raw newlines or trailing commas. All of that is
 * tolerated; anything else unreadable is skipped.
 */

export interface JsonLdArticle {
  readonly headline: string | null;
  readonly description: string | null;
  readonly authors: readonly string[];
  readonly datePublished: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  readonly inLanguage: string | null;
  readonly copyrightNotice: string | null;
  readonly copyrightHolder: string | null;
  readonly copyrightYear: string | null;
  readonly keywords: readonly string[];
}

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
type JsonObject = { readonly [key: string]: Json };

const ARTICLE_TYPE = /^(?:(?:https?:\/\/)?schema\.org\/)?(?:\w*NewsArticle|Article|BlogPosting|Report|ScholarlyArticle|LiveBlogPosting)$/i;
const MAX_DEPTH = 8;
const MAX_SCRIPT_LENGTH = 2_000_000;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: Json | undefined): readonly Json[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? (value as readonly Json[]) : [value as Json];
}

function parseLenient(source: string): Json | undefined {
  const text = source
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[)\s*/, '')
    .replace(/\s*(?:-->|\/\/\s*\]\]>)$/, '');
  try {
    return JSON.parse(text) as Json;
  } catch {
    // Raw control characters inside strings and trailing commas are the usual CMS mistakes.
    try {
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1')) as Json;
    } catch {
      return undefined;
    }
  }
}

function typesOf(node: JsonObject): string[] {
  return asArray(node['@type']).filter((type): type is string => typeof type === 'string');
}

/** Every object in the documents, depth-first, so that `@id` references can be resolved. */
function collectObjects(roots: readonly Json[]): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (value: Json, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(value)) for (const item of value as readonly Json[]) visit(item, depth + 1);
    else if (isObject(value)) {
      found.push(value);
      for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) visit(child, depth + 1);
    }
  };
  for (const root of roots) visit(root, 0);
  return found;
}

export function decodeEntities(document: Document, text: string): string {
  if (!/&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(text)) return text;
  // A <textarea> parses character references but never markup, so nothing can be created or loaded.
  const area = document.createElement('textarea');
  area.innerHTML = text;
  return area.value;
}

export function extractJsonLdArticle(document: Document): JsonLdArticle | null {
  const roots: Json[] = [];
  for (const script of Array.from(document.querySelectorAll('script'))) {
    const type = script.getAttribute('type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/ld+json') continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_LENGTH) continue;
    const parsed = parseLenient(text);
    if (parsed !== undefined) roots.push(parsed);
  }
  const objects = collectObjects(roots);
  const byId = new Map<string, JsonObject>();
  for (const object of objects) {
    const id = object['@id'];
    if (typeof id === 'string' && Object.keys(object).length > 1 && !byId.has(id)) byId.set(id, object);
  }
  const articles = objects.filter((object) => typesOf(object).some((type) => ARTICLE_TYPE.test(type)));
  const article = articles.find((candidate) => typeof candidate['headline'] === 'string') ?? articles[0];
  if (!article) return null;

  const resolve = (value: Json): Json => {
    if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) return byId.get(value['@id']) ?? value;
    return value;
  };
  const text = (value: Json | undefined): string | null => {
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string') return null;
    const cleaned = decodeEntities(document, value).replace(/\s+/g, ' ').trim();
    return cleaned === '' ? null : cleaned;
  };
  const nameOf = (value: Json): string | null => {
    const resolved = resolve(value);
    if (typeof resolved === 'string') return /^https?:\/\//i.test(resolved) ? null : text(resolved);
    return isObject(resolved) ? text(resolved['name']) : null;
  };
  const firstText = (value: Json | undefined): string | null => {
    for (const item of asArray(value)) {
      const found = isObject(item) ? (text(item['@id']) ?? text(item['url'])) : text(item);
      if (found) return found;
    }
    return null;
  };
  const language = (value: Json | undefined): string | null => {
    for (const item of asArray(value)) {
      const found = isObject(item) ? (text(item['alternateName']) ?? text(item['name'])) : text(item);
      if (found) return found;
    }
    return null;
  };

  const authors = [...new Set(asArray(article['author']).map(nameOf).filter((name): name is string => name !== null))];
  const keywords = asArray(article['keywords'])
    .flatMap((keyword) => (typeof keyword === 'string' ? decodeEntities(document, keyword).split(',') : []))
    .map((keyword) => keyword.trim())
    .filter((keyword) => keyword !== '');

  return {
    headline: text(article['headline']) ?? text(article['name']),
    description: text(article['description']),
    authors,
    datePublished: asArray(article['datePublished']).map(text).find((date) => date !== null) ?? null,
    publisher: asArray(article['publisher']).map(nameOf).find((name) => name !== null) ?? null,
    url: firstText(article['url']) ?? firstText(article['mainEntityOfPage']),
    inLanguage: language(article['inLanguage']),
    copyrightNotice: text(article['copyrightNotice']),
    copyrightHolder: asArray(article['copyrightHolder']).map(nameOf).find((name) => name !== null) ?? null,
    copyrightYear: text(article['copyrightYear']),
    keywords,
  };
}
