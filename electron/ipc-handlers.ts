/**
 * What each IPC channel does, separate from how it is wired to `ipcMain` (ipc-main.ts) so it can be
 * tested under plain Node and reused by the renderer's browser-test harness. No Electron import.
 *
 * Every handler takes `unknown` arguments and validates them (ipc-schemas.ts) before touching the
 * archive; invalid input rejects with an Error naming the channel. A missing archive or article is
 * not an error: it is reported in the result the renderer already knows how to show.
 *
 * The signature of `createIpcHandlers` and `IpcHandlerDeps` is relied on by test harnesses: keep it stable.
 */
import { existsSync } from 'node:fs';
import type { Article, SearchResponse } from '../archive/model/article';
import { suggestPdfFileName } from '../archive/export/file-name';
import type { ArchiveStatus, ExportResult, InvokeChannel, InvokeChannels, OpenExternalResult, UiPreferences } from './api';
import { writeFileAtomic } from '../archive/fs/write-file-atomic';
import type { OpenLibrary } from './archive-session';
import { MORE_LIKE_THIS_LIMIT, parseIpcArgs, SUGGEST_LIMIT, type IpcArgs } from './ipc-schemas';
import type { SearchOptions } from './api';

/** What the core is asked for: the IPC options, which the core's request type grows to accept. */
type SearchRequest = SearchOptions;

export interface IpcHandlerDeps {
  getLibrary(): OpenLibrary | null;
  getStatus(): ArchiveStatus;
  /** Shows the folder picker; null when the user cancels. */
  chooseArchiveFolder(): Promise<string | null>;
  openArchive(root: string): Promise<ArchiveStatus>;
  /** Shows the save dialog with a suggested file name; null when the user cancels. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  renderPdf(article: Article): Promise<Uint8Array>;
  /** Archives opened before, most recent first; none when omitted. */
  getRecentArchives?(): readonly string[] | Promise<readonly string[]>;
  /** The confirm-then-open flow of external-links.ts; without it every link is refused. */
  openExternal?(url: string): Promise<OpenExternalResult>;
  /** The renderer's preferences changed (menu checks and labels, native theme). */
  onUiPreferences?(preferences: UiPreferences): void;
}

export type IpcHandler<C extends InvokeChannel> = (...args: unknown[]) => Promise<InvokeChannels[C]['result']>;
export type IpcHandlers = { readonly [C in InvokeChannel]: IpcHandler<C> };

export function createIpcHandlers(deps: IpcHandlerDeps): IpcHandlers {
  return Object.freeze({
    'archive:get-status': async (...args: unknown[]) => {
      parseIpcArgs('archive:get-status', args);
      return deps.getStatus();
    },
    'archive:open-dialog': async (...args: unknown[]) => {
      parseIpcArgs('archive:open-dialog', args);
      const root = await deps.chooseArchiveFolder();
      return root === null ? deps.getStatus() : deps.openArchive(root);
    },
    'archive:search': async (...args: unknown[]): Promise<SearchResponse> => {
      const [query, options] = parseIpcArgs('archive:search', args);
      const library = deps.getLibrary();
      if (library === null) return { query, total: 0, results: [], error: noArchiveMessage(deps.getStatus()) };
      return await library.search(query, searchRequest(options));
    },
    'archive:get-article': async (...args: unknown[]) => {
      const [id] = parseIpcArgs('archive:get-article', args);
      return (await deps.getLibrary()?.getArticle(id)) ?? null;
    },
    'archive:highlight-article': async (...args: unknown[]) => {
      const [id, query] = parseIpcArgs('archive:highlight-article', args);
      const library = deps.getLibrary();
      return library?.highlightArticle ? ((await library.highlightArticle(id, query)) ?? null) : null;
    },
    'archive:more-like-this': async (...args: unknown[]): Promise<SearchResponse> => {
      const [id] = parseIpcArgs('archive:more-like-this', args);
      const library = deps.getLibrary();
      if (library === null) return { query: '', total: 0, results: [], error: noArchiveMessage(deps.getStatus()) };
      return library.moreLikeThis ? await library.moreLikeThis(id, MORE_LIKE_THIS_LIMIT) : { query: '', total: 0, results: [] };
    },
    'archive:suggest': async (...args: unknown[]) => {
      const [prefix, limit] = parseIpcArgs('archive:suggest', args);
      const library = deps.getLibrary();
      return library?.suggest ? [...(await library.suggest(prefix, limit ?? SUGGEST_LIMIT))] : [];
    },
    'article:export-pdf': async (...args: unknown[]) => {
      const [id] = parseIpcArgs('article:export-pdf', args);
      return exportArticle(deps, id);
    },
    'archive:stop-indexing': async (...args: unknown[]) => {
      parseIpcArgs('archive:stop-indexing', args);
      await deps.getLibrary()?.stopIndexing?.();
      return null;
    },
    'archive:get-recent': async (...args: unknown[]) => {
      parseIpcArgs('archive:get-recent', args);
      return [...((await deps.getRecentArchives?.()) ?? [])];
    },
    'archive:open-recent': async (...args: unknown[]) => {
      const [root] = parseIpcArgs('archive:open-recent', args);
      // Only a folder the user opened before through the dialog: the renderer never names new paths.
      const recent = (await deps.getRecentArchives?.()) ?? [];
      if (!recent.includes(root)) throw new Error('archive:open-recent: that folder is not a recent archive');
      return deps.openArchive(root);
    },
    'app:open-external': async (...args: unknown[]): Promise<OpenExternalResult> => {
      const [url] = parseIpcArgs('app:open-external', args);
      if (deps.openExternal === undefined) return { outcome: 'refused', reason: 'opening links is not available' };
      return deps.openExternal(url);
    },
    'ui:preferences-changed': async (...args: unknown[]) => {
      const [preferences] = parseIpcArgs('ui:preferences-changed', args);
      deps.onUiPreferences?.(preferences);
      return null;
    },
  });
}

/** Only the options that were given: the core applies its own defaults for the rest. */
function searchRequest(options: IpcArgs<'archive:search'>[1]): SearchRequest {
  if (options === undefined) return {};
  const { limit, offset, sort, filters } = options;
  return {
    ...(limit !== undefined ? { limit } : {}),
    ...(offset !== undefined ? { offset } : {}),
    ...(sort !== undefined ? { sort } : {}),
    ...(filters !== undefined ? { filters } : {}),
  };
}

async function exportArticle(deps: IpcHandlerDeps, id: string): Promise<ExportResult> {
  const library = deps.getLibrary();
  if (library === null) return { status: 'error', message: noArchiveMessage(deps.getStatus()) };
  const article = await library.getArticle(id);
  if (article === null) return { status: 'error', message: 'That article is no longer in the archive.' };
  const chosen = await deps.chooseSavePath(suggestPdfFileName(article));
  if (chosen === null) return { status: 'canceled' };
  const target = withPdfExtension(chosen);
  try {
    const pdf = await deps.renderPdf(article);
    await writeFileAtomic(target, pdf);
    return { status: 'saved', path: target };
  } catch (error) {
    return { status: 'error', message: `Could not export the PDF: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Linux save dialogs do not add the extension a filter names. Add `.pdf` when it is missing, unless a
 * file of that name exists: the dialog asked about overwriting the chosen name, not that one.
 */
export function withPdfExtension(chosen: string, exists: (file: string) => boolean = existsSync): string {
  if (/\.pdf$/i.test(chosen)) return chosen;
  const withExtension = `${chosen}.pdf`;
  return exists(withExtension) ? chosen : withExtension;
}

function noArchiveMessage(status: ArchiveStatus): string {
  switch (status.state) {
    case 'loading':
      return 'The archive is still being opened.';
    case 'error':
      return `The archive could not be opened: ${status.message}`;
    case 'empty':
    case 'ready':
      return 'No archive is open.';
  }
}
