/**
 * Builds the `ArchivoApi` from two transport functions. The preload passes `ipcRenderer`-backed ones;
 * the renderer's browser tests pass ones backed by Playwright, so both run this exact code.
 * Must stay free of imports other than types: it is bundled into the sandboxed preload.
 */
import type { ArchivoApi, EventChannel, EventChannels, InvokeChannel, InvokeChannels } from './api';

export type Invoke = <C extends InvokeChannel>(
  channel: C,
  ...args: InvokeChannels[C]['args']
) => Promise<InvokeChannels[C]['result']>;

/** Subscribes to an event channel and returns an unsubscribe function. */
export type Subscribe = <C extends EventChannel>(
  channel: C,
  listener: (payload: EventChannels[C]) => void,
) => () => void;

export function createBridge(invoke: Invoke, subscribe: Subscribe): ArchivoApi {
  return {
    getStatus: () => invoke('archive:get-status'),
    openArchive: () => invoke('archive:open-dialog'),
    search: (query, options) => invoke('archive:search', query, options),
    stopIndexing: async () => {
      await invoke('archive:stop-indexing');
    },
    getArticle: (id) => invoke('archive:get-article', id),
    highlightArticle: (id, query) => invoke('archive:highlight-article', id, query),
    moreLikeThis: (id) => invoke('archive:more-like-this', id),
    suggest: (prefix, limit) => invoke('archive:suggest', prefix, limit),
    exportPdf: (id, options) => (options === undefined ? invoke('article:export-pdf', id) : invoke('article:export-pdf', id, options)),
    citeArticle: (id, style, locale) => invoke('article:cite', id, style, locale),
    exportResults: (request) => invoke('results:export', request),
    exportResultsPdf: (request, locale) => invoke('results:export-pdf', request, locale),
    cancelResultsExport: async () => {
      await invoke('results:cancel-export');
    },
    onExportProgress: (listener) => subscribe('results:export-progress', listener),
    getRecentArchives: () => invoke('archive:get-recent'),
    openRecentArchive: (root) => invoke('archive:open-recent', root),
    openExternal: (url) => invoke('app:open-external', url),
    reportPreferences: (preferences) => invoke('ui:preferences-changed', preferences),
    onStatusChanged: (listener) => subscribe('archive:status-changed', listener),
    onCommand: (listener) => subscribe('app:command', listener),
  };
}
