/** The documented `--json` shapes of the CLI. Kept in one place: scripts depend on them. */
import type { Article, SearchResponse } from '../model/article';
import type { ArchiveLibrary } from '../library';
import { hitFields } from '../model/hit-fields';

export function summaryJson(library: ArchiveLibrary) {
  const { summary } = library;
  return {
    archive: summary.root,
    articles: summary.articles,
    files: summary.files,
    problems: summary.problems.map(({ path, reason }) => ({ path, reason })),
    unread: summary.unread.map(({ extension, count, examples }) => ({ extension, count, examples })),
    fromCache: summary.fromCache,
    rebuildReason: library.rebuildReason,
    indexSaveError: library.saveError,
  };
}

export function searchJson(response: SearchResponse) {
  return {
    query: response.query,
    total: response.total,
    results: response.results.map((hit) => ({
      ...hitFields(hit),
      score: hit.score,
      snippets: (hit.snippets ?? [hit.snippet]).map((snippet) => ({ text: snippet.text, highlights: snippet.highlights })),
      matches: hit.matches ?? [],
      duplicates: hit.duplicates,
    })),
    ...(response.facets ? { facets: response.facets } : {}),
  };
}

export function articleJson(article: Article) {
  return {
    id: article.id,
    title: article.title,
    summary: article.summary,
    author: article.author,
    date: article.date,
    dateRaw: article.dateRaw,
    source: article.source,
    url: article.url,
    copyright: article.copyright,
    language: article.language,
    body: article.body.join('\n\n'),
    path: article.path,
    locations: article.locations,
    format: article.format,
    encoding: article.encoding,
    sha256: article.sha256,
    ...(article.capturedAt ? { capturedAt: article.capturedAt } : {}),
    ...(article.tags?.length ? { tags: article.tags } : {}),
  };
}
