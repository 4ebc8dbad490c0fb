import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ArchiveLibrary } from '../../../archive/library';
import type { ArchiveStatus } from '../../../electron/api';
import { chooseArchive, sampleArchivePath } from '../../../electron/archive-location';
import type { IndexProgress } from '../../../archive/index-progress';
import { createArchiveSession, type LibraryEvents } from '../../../electron/archive-session';

function fakeLibrary(root: string, articles: number): ArchiveLibrary {
  return {
    summary: { root, articles, files: articles, problems: [], unread: [], fromCache: false },
    rebuildReason: null,
    saveError: null,
    search: (query) => ({ query, total: 0, results: [] }),
    getArticle: () => null,
  };
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('createArchiveSession', () => {
  it('announces loading, then ready with the summary, and remembers the archive', async () => {
    const seen: ArchiveStatus[] = [];
    const remembered: string[] = [];
    const session = createArchiveSession({
      openLibrary: async (root) => fakeLibrary(root, 12),
      onStatus: (status) => seen.push(status),
      onOpened: (root) => {
        remembered.push(root);
      },
    });
    expect(session.getStatus()).toEqual({ state: 'empty' });
    const final = await session.open('/data/news');
    expect(seen.map((s) => s.state)).toEqual(['loading', 'ready']);
    expect(final).toMatchObject({ state: 'ready', summary: { root: '/data/news', articles: 12 } });
    expect(session.getLibrary()?.summary.articles).toBe(12);
    expect(remembered).toEqual(['/data/news']);
  });

  it('reports a failed open with the reason and no library', async () => {
    const session = createArchiveSession({
      openLibrary: async () => {
        throw new Error('Cannot open the archive /nope: no such folder.');
      },
      onStatus: () => undefined,
    });
    await expect(session.open('/nope')).resolves.toEqual({
      state: 'error',
      root: '/nope',
      message: 'Cannot open the archive /nope: no such folder.',
    });
    expect(session.getLibrary()).toBeNull();
  });

  it('lets the newest request win when an older one finishes last', async () => {
    const slow = deferred<ArchiveLibrary>();
    const seen: ArchiveStatus[] = [];
    const session = createArchiveSession({
      openLibrary: (root) => (root === '/slow' ? slow.promise : Promise.resolve(fakeLibrary(root, 3))),
      onStatus: (status) => seen.push(status),
    });
    const first = session.open('/slow');
    await session.open('/fast');
    slow.resolve(fakeLibrary('/slow', 1000));
    await first;
    expect(session.getStatus()).toMatchObject({ state: 'ready', summary: { root: '/fast' } });
    expect(session.getLibrary()?.summary.root).toBe('/fast');
    expect(seen.at(-1)).toMatchObject({ state: 'ready', summary: { root: '/fast' } });
  });

  it('keeps the archive open when remembering it fails, and logs why', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const session = createArchiveSession({
      openLibrary: async (root) => fakeLibrary(root, 1),
      onStatus: () => undefined,
      onOpened: async () => {
        throw new Error('EROFS');
      },
    });
    await expect(session.open('/data')).resolves.toMatchObject({ state: 'ready' });
    expect(log).toHaveBeenCalledWith('archivo: could not remember the archive', expect.any(Error));
    log.mockRestore();
  });
});

describe('indexing progress', () => {
  const progress = (filesDone: number, phase: IndexProgress['phase'] = 'reading'): IndexProgress => ({
    phase,
    filesFound: 10,
    filesDone,
    articles: filesDone * 2,
    elapsedMs: 100,
    filesPerSecond: 10,
    remainingMs: phase === 'done' ? 0 : 1000,
  });

  it('keeps the archive searchable while it indexes, and says how far it is', async () => {
    let events!: LibraryEvents;
    const seen: ArchiveStatus[] = [];
    const session = createArchiveSession({
      openLibrary: async (root, given) => {
        events = given;
        given.onProgress(progress(0, 'scanning')); // the first pass starts before the library is ready
        return fakeLibrary(root, 0);
      },
      onStatus: (status) => seen.push(status),
      progressIntervalMs: 0,
    });
    await session.open('/news');
    expect(session.getStatus()).toMatchObject({ state: 'ready', indexing: { phase: 'scanning' } });

    events.onProgress(progress(4));
    expect(session.getStatus()).toMatchObject({ state: 'ready', summary: { articles: 8 }, indexing: { filesDone: 4 } });
    expect(session.getLibrary()).not.toBeNull();

    events.onIndexed({ root: '/news', articles: 20, files: 10, problems: [{ path: 'x.txt', reason: 'the file is empty' }], unread: [], fromCache: false });
    expect(session.getStatus()).toMatchObject({ state: 'ready', summary: { articles: 20, problems: [{ path: 'x.txt' }] }, indexing: null });
  });

  it('announces progress at most every interval, but never holds back the end', async () => {
    let events!: LibraryEvents;
    const seen: ArchiveStatus[] = [];
    const session = createArchiveSession({
      openLibrary: async (root, given) => ((events = given), fakeLibrary(root, 0)),
      onStatus: (status) => seen.push(status),
      progressIntervalMs: 60_000,
    });
    await session.open('/news');
    for (let done = 1; done <= 9; done++) events.onProgress(progress(done));
    events.onProgress(progress(10, 'done'));
    const announced = seen.filter((status) => status.state === 'ready').map((status) => (status.state === 'ready' ? status.indexing : null));
    expect(announced).toEqual([null, expect.objectContaining({ filesDone: 1 }), null]);
  });

  it('ignores events of an archive that was replaced, and closes it', async () => {
    let oldEvents!: LibraryEvents;
    const closed: string[] = [];
    const session = createArchiveSession({
      openLibrary: async (root, given) => {
        if (root === '/old') oldEvents = given;
        return { ...fakeLibrary(root, 1), close: () => void closed.push(root) };
      },
      onStatus: () => undefined,
      progressIntervalMs: 0,
    });
    await session.open('/old');
    await session.open('/new');
    oldEvents.onProgress(progress(3));
    oldEvents.onIndexed({ root: '/old', articles: 99, files: 1, problems: [], unread: [], fromCache: false });
    oldEvents.onFailed('worker died');
    expect(session.getStatus()).toMatchObject({ state: 'ready', summary: { root: '/new' }, indexing: null });
    expect(closed).toEqual(['/old']);
  });

  it('turns a dead worker into an error the user can act on', async () => {
    let events!: LibraryEvents;
    const session = createArchiveSession({ openLibrary: async (root, given) => ((events = given), fakeLibrary(root, 1)), onStatus: () => undefined });
    await session.open('/news');
    events.onFailed('the archive reader stopped (exit code 1)');
    expect(session.getStatus()).toEqual({ state: 'error', root: '/news', message: 'the archive reader stopped (exit code 1)' });
    expect(session.getLibrary()).toBeNull();
  });
});

describe('chooseArchive', () => {
  const base = { cwd: '/home/ana', sampleArchive: '/app/archive/sample-archive', isDirectory: () => true };

  it('opens the --archive folder first, resolved against the launch folder, even if missing', () => {
    expect(chooseArchive({ ...base, argument: 'news', lastArchive: '/last', isDirectory: () => false })).toEqual({
      root: path.resolve('/home/ana', 'news'),
      origin: 'argument',
    });
  });

  it('reopens the last archive when it is still there', () => {
    expect(chooseArchive({ ...base, argument: null, lastArchive: '/data/last' })).toEqual({ root: '/data/last', origin: 'last-opened' });
  });

  it('falls back to the sample when the last archive is gone (unplugged drive)', () => {
    expect(chooseArchive({ ...base, argument: null, lastArchive: '/media/usb/news', isDirectory: () => false })).toEqual({
      root: '/app/archive/sample-archive',
      origin: 'sample',
    });
    expect(chooseArchive({ ...base, argument: null, lastArchive: null })).toMatchObject({ origin: 'sample' });
  });
});

describe('sampleArchivePath', () => {
  it('reads the sample from the source tree in development', () => {
    expect(sampleArchivePath({ isPackaged: false, appPath: '/work/main', resourcesPath: '/x/electron/dist/resources' })).toBe(
      path.join('/work/main', 'archive', 'sample-archive'),
    );
  });

  it('reads it from extraResources once packaged', () => {
    expect(sampleArchivePath({ isPackaged: true, appPath: '/opt/Archivo/resources/app.asar', resourcesPath: '/opt/Archivo/resources' })).toBe(
      path.join('/opt/Archivo/resources', 'sample-archive'),
    );
  });
});
