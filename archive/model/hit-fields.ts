import type { SearchHit } from './article';

/** A hit's own fields, flat, as every export of results lists them (the CLI's JSON, CSV, results JSON). */
export function hitFields(hit: SearchHit) {
  return {
    id: hit.id,
    title: hit.title,
    date: hit.date,
    source: hit.source,
    author: hit.author,
    language: hit.language,
    path: hit.path,
    snippet: hit.snippet.text,
    highlights: hit.snippet.highlights,
  };
}
