import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ArchiveLibrary } from '../../../archive/library';
import type { ArchiveStatus } from '../../../electron/api';
import { chooseArchive, sampleArchivePath } from '../../../electron/archive-location';
import { createArchiveSession } from '../../../electron/archive-session';

function fakeLibrary(root: string, articles: number): ArchiveLibrary {
  return {
    summary: { root, articles, files: articles, problems: [], fromCache: false },
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
