import { describe, expect, it } from 'vitest';
import type { LiveArchive } from '../../../archive/library';
import { INVOKE_CHANNELS } from '../../../electron/api';
import { createIpcHandlers, type IpcHandlerDeps } from '../../../electron/ipc-handlers';
import { makeSampleDeps, SEED_FILE, useSampleIpc, type Recorder } from './sample-ipc';

const sample = useSampleIpc();

const makeDeps = (overrides: Partial<IpcHandlerDeps> = {}, lib: LiveArchive | null = sample.library): Recorder => makeSampleDeps(lib, overrides);

describe('createIpcHandlers', () => {
  it('has exactly one handler per invoke channel', () => {
    expect(Object.keys(createIpcHandlers(makeDeps().deps)).sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it('searches the real archive and returns the article the hit points to', async () => {
    const handlers = createIpcHandlers(makeDeps().deps);
    const response = await handlers['archive:search']('mixco', { limit: 50 });
    expect(response.total).toBeGreaterThanOrEqual(1);
    const hit = response.results.find((h) => h.path.endsWith(SEED_FILE));
    expect(hit?.snippet.text).toMatch(/Mixco/);
    const article = await handlers['archive:get-article'](hit!.id);
    expect(article?.title).toBe('Guatemalan President Inaugurates Municipal Program against Violence');
    expect(article?.copyright).toMatch(/Diálogo Americas/);
  });

  it('accepts a search without options, as the bridge sends it (undefined second argument)', async () => {
    const handlers = createIpcHandlers(makeDeps().deps);
    await expect(handlers['archive:search']('Mixco', undefined)).resolves.toMatchObject({ query: 'Mixco' });
    await expect(handlers['archive:search']('Mixco')).resolves.toMatchObject({ query: 'Mixco' });
  });

  it('answers null for an id that is well-formed but unknown', async () => {
    const handlers = createIpcHandlers(makeDeps().deps);
    await expect(handlers['archive:get-article']('0123456789abcdef')).resolves.toBeNull();
  });

  it('reports "no archive" in the result instead of failing while nothing is open', async () => {
    const handlers = createIpcHandlers(makeDeps({}, null).deps);
    await expect(handlers['archive:search']('Mixco')).resolves.toEqual({
      query: 'Mixco',
      total: 0,
      results: [],
      error: 'No archive is open.',
    });
    await expect(handlers['archive:get-article'](sample.mixcoId)).resolves.toBeNull();
    await expect(handlers['article:export-pdf'](sample.mixcoId)).resolves.toEqual({ status: 'error', message: 'No archive is open.' });
  });

  describe('rejects hostile input with an Error that names the channel', () => {
    const handlers = () => createIpcHandlers(makeDeps().deps);
    const polluted = JSON.parse('{"__proto__": {"polluted": true}}') as unknown;
    const pollutedOptions = JSON.parse('{"limit": 5, "__proto__": {"isAdmin": true}}') as unknown;

    it.each<[string, unknown[]]>([
      ['a number', [42]],
      ['an object', [{ query: 'Mixco' }]],
      ['an array', [['Mixco']]],
      ['null', [null]],
      ['no argument', []],
      ['a 1001-character query', ['x'.repeat(1001)]],
      ['a megabyte query', ['Mixco '.repeat(200_000)]],
      ['limit 0', ['Mixco', { limit: 0 }]],
      ['limit 201', ['Mixco', { limit: 201 }]],
      ['a fractional limit', ['Mixco', { limit: 2.5 }]],
      ['limit as a string', ['Mixco', { limit: '10' }]],
      ['limit Infinity', ['Mixco', { limit: Infinity }]],
      ['limit NaN', ['Mixco', { limit: NaN }]],
      ['an unknown option', ['Mixco', { limit: 5, offset: -1 }]],
      ['a __proto__ payload as options', ['Mixco', polluted]],
      ['a __proto__ payload beside a valid limit', ['Mixco', pollutedOptions]],
      ['options that are an array', ['Mixco', [5]]],
      ['a third argument', ['Mixco', { limit: 5 }, 'extra']],
    ])('archive:search with %s', async (_label, args) => {
      await expect(handlers()['archive:search'](...args)).rejects.toThrow(/^Invalid arguments for archive:search/);
    });

    it.each<[string, unknown]>([
      ['a number', 3e153439],
      ['an empty string', ''],
      ['too short', 'abc1234'],
      ['too long', 'a'.repeat(65)],
      ['uppercase hex', '3E153439DEE5A9AC'],
      ['a path', '../../etc/passwd'],
      ['hex with a newline', '3e153439dee5a9ac\n'],
      ['a regex-injection attempt', '.*'],
      ['an object with toString', { toString: () => '3e153439dee5a9ac' }],
      ['a __proto__ payload', polluted],
      ['null', null],
    ])('archive:get-article and article:export-pdf with %s', async (_label, id) => {
      await expect(handlers()['archive:get-article'](id)).rejects.toThrow(/^Invalid arguments for archive:get-article/);
      await expect(handlers()['article:export-pdf'](id)).rejects.toThrow(/^Invalid arguments for article:export-pdf/);
    });

    it('argument-less channels refuse arguments', async () => {
      await expect(handlers()['archive:get-status']('x')).rejects.toThrow(/archive:get-status/);
      await expect(handlers()['archive:open-dialog']('/etc')).rejects.toThrow(/archive:open-dialog/);
    });

    it('leaves Object.prototype untouched', () => {
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(({} as Record<string, unknown>)['isAdmin']).toBeUndefined();
    });

    it('keeps error messages short even for huge input', async () => {
      const error = await handlers()['archive:search']({ ['k'.repeat(100_000)]: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message.length).toBeLessThan(400);
    });
  });

  describe('archive:open-dialog', () => {
    it('keeps the current status when the user cancels the folder picker', async () => {
      const recorder = makeDeps();
      const status = await createIpcHandlers(recorder.deps)['archive:open-dialog']();
      expect(status).toMatchObject({ state: 'ready' });
      expect(recorder.opened).toEqual([]);
    });

    it('opens the folder the user picked', async () => {
      const recorder = makeDeps({ chooseArchiveFolder: async () => '/data/news' });
      const status = await createIpcHandlers(recorder.deps)['archive:open-dialog']();
      expect(status).toEqual({ state: 'loading', root: '/data/news' });
      expect(recorder.opened).toEqual(['/data/news']);
    });
  });

});

describe('paging, sorting and filtering over IPC', () => {
  it('passes offset, sort and filters to the core', async () => {
    const handlers = createIpcHandlers(makeDeps().deps);
    const all = await handlers['archive:search']('mixco', { limit: 50 });
    expect(all.total).toBeGreaterThan(1);
    const second = await handlers['archive:search']('mixco', { limit: 1, offset: 1 });
    expect(second.results[0]?.id).toBe(all.results[1]?.id);
    const source = all.results[0]?.source;
    if (source && all.facets) {
      const filtered = await handlers['archive:search']('mixco', { limit: 50, filters: { source: [source] } });
      expect(filtered.results.every((hit) => hit.source === source)).toBe(true);
      const newest = await handlers['archive:search']('mixco', { limit: 50, sort: 'newest' });
      const dates = newest.results.map((hit) => hit.date ?? '').filter(Boolean);
      expect(dates).toEqual([...dates].sort().reverse());
    }
  });

  it.each<[string, unknown]>([
    ['an unknown facet', { filters: { colour: ['red'] } }],
    ['a facet that is not a list', { filters: { source: 'Reuters' } }],
    ['a thousand values', { filters: { source: Array.from({ length: 1000 }, (_, i) => `s${i}`) } }],
    ['a year that is not one', { filters: { year: ['2012-02'] } }],
    ['an unknown sort', { sort: 'random' }],
    ['a negative offset', { offset: -1 }],
    ['an absurd offset', { offset: 1e12 }],
  ])('refuses %s', async (_label, options) => {
    await expect(createIpcHandlers(makeDeps().deps)['archive:search']('mixco', options)).rejects.toThrow(/^Invalid arguments for archive:search/);
  });
});

describe('article extras over IPC', () => {
  it('highlights the query inside an article, finds similar ones and completes words', async () => {
    const handlers = createIpcHandlers(makeDeps().deps);
    const highlights = await handlers['archive:highlight-article'](sample.mixcoId, 'Mixco');
    expect(highlights?.total).toBeGreaterThan(0);
    const similar = await handlers['archive:more-like-this'](sample.mixcoId);
    expect(similar.results.length).toBeGreaterThan(0);
    expect(similar.results.every((hit) => hit.id !== sample.mixcoId)).toBe(true);
    const suggestions = await handlers['archive:suggest']('mix', 10);
    expect(suggestions.map((suggestion) => suggestion.text)).toContain('mixco');
    await expect(handlers['archive:suggest']('mix', 51)).rejects.toThrow(/archive:suggest/);
    await expect(handlers['archive:highlight-article']('../x', 'Mixco')).rejects.toThrow(/archive:highlight-article/);
  });

  it('stops the indexing pass of the open archive, and does nothing without one', async () => {
    let stopped = 0;
    const withLibrary = makeDeps({ getLibrary: () => ({ ...sample.library, stopIndexing: () => void stopped++ }) }).deps;
    await expect(createIpcHandlers(withLibrary)['archive:stop-indexing']()).resolves.toBeNull();
    expect(stopped).toBe(1);
    await expect(createIpcHandlers(makeDeps({}, null).deps)['archive:stop-indexing']()).resolves.toBeNull();
    await expect(createIpcHandlers(withLibrary)['archive:stop-indexing']('now')).rejects.toThrow(/archive:stop-indexing/);
  });

  it('answers "nothing" without an archive', async () => {
    const handlers = createIpcHandlers(makeDeps({}, null).deps);
    await expect(handlers['archive:highlight-article'](sample.mixcoId, 'x')).resolves.toBeNull();
    await expect(handlers['archive:suggest']('mix')).resolves.toEqual([]);
    await expect(handlers['archive:more-like-this'](sample.mixcoId)).resolves.toMatchObject({ total: 0, error: 'No archive is open.' });
  });
});

describe('recent archives, links and preferences over IPC', () => {
  it('reopens only a folder from the recent list', async () => {
    const recorder = makeDeps({ getRecentArchives: () => ['/data/news'] });
    const handlers = createIpcHandlers(recorder.deps);
    await expect(handlers['archive:get-recent']()).resolves.toEqual(['/data/news']);
    await expect(handlers['archive:open-recent']('/data/news')).resolves.toEqual({ state: 'loading', root: '/data/news' });
    await expect(handlers['archive:open-recent']('/etc')).rejects.toThrow(/not a recent archive/);
    expect(recorder.opened).toEqual(['/data/news']);
  });

  it('hands links to the confirm-then-open flow, and refuses them when there is none', async () => {
    const asked: string[] = [];
    const handlers = createIpcHandlers(makeDeps({ openExternal: async (url) => (asked.push(url), { outcome: 'canceled' }) }).deps);
    await expect(handlers['app:open-external']('https://example.org/a')).resolves.toEqual({ outcome: 'canceled' });
    expect(asked).toEqual(['https://example.org/a']);
    await expect(handlers['app:open-external']({ href: 'https://x' })).rejects.toThrow(/app:open-external/);
    await expect(createIpcHandlers(makeDeps().deps)['app:open-external']('https://example.org')).resolves.toMatchObject({ outcome: 'refused' });
  });

  it('validates the preferences the renderer reports before main uses them', async () => {
    const seen: unknown[] = [];
    const handlers = createIpcHandlers(makeDeps({ onUiPreferences: (p) => seen.push(p) }).deps);
    const good = { theme: 'dark', language: 'system', effectiveLanguage: 'pt', zoom: 110 };
    await expect(handlers['ui:preferences-changed'](good)).resolves.toBeNull();
    expect(seen).toEqual([good]);
    await expect(handlers['ui:preferences-changed']({ ...good, zoom: 10_000 })).rejects.toThrow(/ui:preferences-changed/);
    await expect(handlers['ui:preferences-changed']({ ...good, effectiveLanguage: 'fr' })).rejects.toThrow(/ui:preferences-changed/);
    await expect(handlers['ui:preferences-changed']({ ...good, extra: true })).rejects.toThrow(/ui:preferences-changed/);
  });
});
