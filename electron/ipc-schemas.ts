/**
 * Argument schemas for every invoke channel. Everything arriving over IPC is `unknown`: a compromised
 * renderer can send any structured-cloneable value, so each channel accepts exactly its tuple and no more.
 */
import { z } from 'zod';
import { CITATION_STYLES, PDF_LAYOUTS, RESULTS_FORMATS, UI_LANGUAGES, type InvokeChannel } from './api';

export const MAX_QUERY_LENGTH = 1000;
export const MAX_SEARCH_LIMIT = 200;
/** Article ids are lowercase hex digests (see Article.id). */
export const ARTICLE_ID_PATTERN = /^[0-9a-f]{8,64}$/;

const articleId = z.string().regex(ARTICLE_ID_PATTERN, 'not an article id');
/** Far beyond any archive (a million articles); bounds the work a hostile offset could ask for. */
export const MAX_SEARCH_OFFSET = 10_000_000;
/** Per facet: a user ticks a handful of values; a hostile list of thousands is refused. */
export const MAX_FILTER_VALUES = 200;
export const MAX_FILTER_VALUE_LENGTH = 300;
/** Longest path and URL accepted (the external-link rules cut URLs shorter still). */
export const MAX_PATH_LENGTH = 4096;
export const MAX_URL_LENGTH = 4096;
/** Type-ahead completes a word or two, never a whole query. */
export const MAX_SUGGEST_PREFIX = 200;
export const MORE_LIKE_THIS_LIMIT = 8;
export const SUGGEST_LIMIT = 8;
export const MAX_SUGGEST_LIMIT = 50;
export const MIN_ZOOM = 50;
export const MAX_ZOOM = 300;

const filterValues = z.array(z.string().min(1).max(MAX_FILTER_VALUE_LENGTH)).max(MAX_FILTER_VALUES);
const searchFilters = z.strictObject({
  source: filterValues.optional(),
  year: z.array(z.union([z.string().regex(/^\d{4}$/), z.number().int().min(0).max(9999)])).max(MAX_FILTER_VALUES).optional(),
  language: filterValues.optional(),
  author: filterValues.optional(),
});
const searchOptions = z.strictObject({
  limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT).optional(),
  offset: z.number().int().min(0).max(MAX_SEARCH_OFFSET).optional(),
  sort: z.enum(['relevance', 'newest', 'oldest']).optional(),
  filters: searchFilters.optional(),
});
/** Far more than anyone reads, bounded so one export cannot tie up the archive for long: all results or ticked ones. */
export const MAX_EXPORT_RESULTS = 10_000;
const selectedResult = z.strictObject({ id: articleId, rank: z.number().int().min(0).max(MAX_SEARCH_OFFSET) });
const resultsSelection = {
  query: z.string().max(MAX_QUERY_LENGTH),
  sort: z.enum(['relevance', 'newest', 'oldest']).optional(),
  filters: searchFilters.optional(),
  selected: z.array(selectedResult).min(1).max(MAX_EXPORT_RESULTS).optional(),
};
const resultsExportRequest = z.strictObject({
  ...resultsSelection,
  format: z.enum(RESULTS_FORMATS),
  receipt: z.boolean().optional(),
});
const resultsPdfRequest = z.strictObject({
  ...resultsSelection,
  layout: z.enum(PDF_LAYOUTS),
  highlight: z.boolean().optional(),
});
const articlePdfOptions = z.strictObject({ highlightQuery: z.string().max(MAX_QUERY_LENGTH).optional() });
const uiLanguage = z.enum(UI_LANGUAGES);
const uiPreferences = z.strictObject({
  theme: z.enum(['system', 'light', 'dark']),
  language: z.enum(['system', ...UI_LANGUAGES]),
  effectiveLanguage: z.enum(UI_LANGUAGES),
  zoom: z.number().int().min(MIN_ZOOM).max(MAX_ZOOM),
});

export const IPC_ARG_SCHEMAS = {
  'archive:get-status': z.tuple([]),
  'archive:open-dialog': z.tuple([]),
  'archive:search': z.tuple([z.string().max(MAX_QUERY_LENGTH), searchOptions.optional()]),
  'archive:get-article': z.tuple([articleId]),
  'archive:highlight-article': z.tuple([articleId, z.string().max(MAX_QUERY_LENGTH)]),
  'archive:more-like-this': z.tuple([articleId]),
  'archive:suggest': z.tuple([z.string().max(MAX_SUGGEST_PREFIX), z.number().int().min(1).max(MAX_SUGGEST_LIMIT).optional()]),
  'article:export-pdf': z.tuple([articleId, articlePdfOptions.optional()]),
  'article:cite': z.tuple([articleId, z.enum(CITATION_STYLES), uiLanguage]),
  'results:export': z.tuple([resultsExportRequest]),
  'results:export-pdf': z.tuple([resultsPdfRequest, uiLanguage]),
  'results:cancel-export': z.tuple([]),
  'archive:get-recent': z.tuple([]),
  'archive:stop-indexing': z.tuple([]),
  'archive:open-recent': z.tuple([z.string().min(1).max(MAX_PATH_LENGTH)]),
  // Only checked for shape here: whether the address may be opened is external-links.ts's decision.
  'app:open-external': z.tuple([z.string().min(1).max(MAX_URL_LENGTH)]),
  'ui:preferences-changed': z.tuple([uiPreferences]),
} as const satisfies Record<InvokeChannel, z.ZodType>;

export type IpcArgs<C extends InvokeChannel> = z.output<(typeof IPC_ARG_SCHEMAS)[C]>;

/** Parses one channel's arguments or throws an Error whose message says which channel and why. */
export function parseIpcArgs<C extends InvokeChannel>(channel: C, args: readonly unknown[]): IpcArgs<C> {
  const result = IPC_ARG_SCHEMAS[channel].safeParse(args);
  if (!result.success) {
    const why = z.prettifyError(result.error).replace(/\s+/g, ' ').slice(0, 300);
    throw new Error(`Invalid arguments for ${channel}: ${why}`);
  }
  return result.data as IpcArgs<C>;
}
