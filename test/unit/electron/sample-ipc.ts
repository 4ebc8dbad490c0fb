/**
 * The IPC handlers' test bench: the real sample archive behind them, and dependencies that stand in
 * for what only Electron has (dialogs answer what a test says, printing writes a tiny real PDF header).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { openArchive, type LiveArchive } from '../../../archive/library';
import type { Article } from '../../../archive/model/article';
import type { ArchiveStatus } from '../../../electron/api';
import type { IpcHandlerDeps } from '../../../electron/ipc-handlers';

const SAMPLE_ARCHIVE = path.resolve(__dirname, '../../../archive/sample-archive');
/** The seed article (GUIDE.md §2), part of the sample archive. */
export const SEED_FILE = '000_3e153439dee5a9ac.txt';

/** Stands in for printToPDF (no Electron here): a real, if tiny, PDF header plus the headline. */
export const fakePdf = (article: Article): Uint8Array => new TextEncoder().encode(`%PDF-1.7\n% ${article.title}\n%%EOF\n`);

export interface SampleIpc {
  /** A private temporary folder (the index lives in it too). */
  readonly tmp: string;
  readonly library: LiveArchive;
  /** The seed article's id. */
  readonly mixcoId: string;
  close(): Promise<void>;
}

export async function openSampleIpc(): Promise<SampleIpc> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'archivo-ipc-'));
  const library = await openArchive(SAMPLE_ARCHIVE, { indexDir: path.join(tmp, 'index') });
  const hit = library.search('Mixco', { limit: 50 }).results.find((h) => h.path.endsWith(SEED_FILE));
  if (hit === undefined) throw new Error(`the sample archive has no ${SEED_FILE} matching Mixco`);
  return {
    tmp,
    library,
    mixcoId: hit.id,
    close: async () => {
      library.close();
      await rm(tmp, { recursive: true, force: true });
    },
  };
}

/** Opens the sample before the calling file's tests and closes it after them; read its fields inside tests. */
export function useSampleIpc(): SampleIpc {
  let opened: SampleIpc | undefined;
  beforeAll(async () => {
    opened = await openSampleIpc();
  });
  afterAll(() => opened?.close());
  const current = (): SampleIpc => {
    if (opened === undefined) throw new Error('the sample archive is opened in beforeAll: read it inside a test');
    return opened;
  };
  return {
    get tmp() {
      return current().tmp;
    },
    get library() {
      return current().library;
    },
    get mixcoId() {
      return current().mixcoId;
    },
    close: () => current().close(),
  };
}

export interface Recorder {
  readonly deps: IpcHandlerDeps;
  /** File names the save dialog offered. */
  readonly savePrompts: string[];
  /** Folders main was asked to open. */
  readonly opened: string[];
}

/** Dependencies over `library` (none open when null); the save dialog is cancelled unless overridden. */
export function makeSampleDeps(library: LiveArchive | null, overrides: Partial<IpcHandlerDeps> = {}): Recorder {
  const savePrompts: string[] = [];
  const opened: string[] = [];
  const status: ArchiveStatus = library === null ? { state: 'empty' } : { state: 'ready', summary: library.summary, indexing: null };
  const deps: IpcHandlerDeps = {
    getLibrary: () => library,
    getStatus: () => status,
    chooseArchiveFolder: async () => null,
    openArchive: async (root) => {
      opened.push(root);
      return { state: 'loading', root };
    },
    chooseSavePath: async (name) => {
      savePrompts.push(name);
      return null;
    },
    renderPdf: async (article) => fakePdf(article),
    ...overrides,
  };
  return { deps, savePrompts, opened };
}
