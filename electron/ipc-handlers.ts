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
import type { ArchiveStatus, ExportResult, InvokeChannel, InvokeChannels } from './api';
import { writeFileAtomic } from '../archive/fs/write-file-atomic';
import type { OpenLibrary } from './archive-session';
import { parseIpcArgs } from './ipc-schemas';

export interface IpcHandlerDeps {
  getLibrary(): OpenLibrary | null;
  getStatus(): ArchiveStatus;
  /** Shows the folder picker; null when the user cancels. */
  chooseArchiveFolder(): Promise<string | null>;
  openArchive(root: string): Promise<ArchiveStatus>;
  /** Shows the save dialog with a suggested file name; null when the user cancels. */
  chooseSavePath(suggestedName: string): Promise<string | null>;
  renderPdf(article: Article): Promise<Uint8Array>;
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
      return await library.search(query, options?.limit === undefined ? {} : { limit: options.limit });
    },
    'archive:get-article': async (...args: unknown[]) => {
      const [id] = parseIpcArgs('archive:get-article', args);
      return (await deps.getLibrary()?.getArticle(id)) ?? null;
    },
    'article:export-pdf': async (...args: unknown[]) => {
      const [id] = parseIpcArgs('article:export-pdf', args);
      return exportArticle(deps, id);
    },
  });
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
