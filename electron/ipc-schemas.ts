/**
 * Argument schemas for every invoke channel. Everything arriving over IPC is `unknown`: a compromised
 * renderer can send any structured-cloneable value, so each channel accepts exactly its tuple and no more.
 */
import { z } from 'zod';
import type { InvokeChannel } from './api';

export const MAX_QUERY_LENGTH = 1000;
export const MAX_SEARCH_LIMIT = 200;
/** Article ids are lowercase hex digests (see Article.id). */
export const ARTICLE_ID_PATTERN = /^[0-9a-f]{8,64}$/;

const articleId = z.string().regex(ARTICLE_ID_PATTERN, 'not an article id');
const searchOptions = z.strictObject({
  limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT).optional(),
});

export const IPC_ARG_SCHEMAS = {
  'archive:get-status': z.tuple([]),
  'archive:open-dialog': z.tuple([]),
  'archive:search': z.tuple([z.string().max(MAX_QUERY_LENGTH), searchOptions.optional()]),
  'archive:get-article': z.tuple([articleId]),
  'article:export-pdf': z.tuple([articleId]),
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
