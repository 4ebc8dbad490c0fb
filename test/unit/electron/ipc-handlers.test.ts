import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openArchive, type ArchiveLibrary } from '../../../archive/library';
import type { Article } from '../../../archive/model/article';
import { INVOKE_CHANNELS, type ArchiveStatus } from '../../../electron/api';
import { cite } from '../../../archive/cite/cite';
import { createIpcHandlers, withPdfExtension, type IpcHandlerDeps } from '../../../electron/ipc-handlers';

const SAMPLE_ARCHIVE = path.resolve(__dirname, '../../../archive/sample-archive');
/** The seed article (GUIDE.md §2), part of the sample archive. */
const SEED_FILE = '000_3e153439dee5a9ac.txt';
/** Stands in for printToPDF (no Electron here): a real, if tiny, PDF header plus the headline. */
const fakePdf = (article: Article): Uint8Array => new TextEncoder().encode(`%PDF-1.7\n% ${article.title}\n%%EOF\n`);

let tmp: string;
let library: ArchiveLibrary;
let mixcoId: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'archivo-ipc-'));
  library = await openArchive(SAMPLE_ARCHIVE, { indexDir: path.join(tmp, 'index') });
  const hit = library.search('Mixco', { limit: 50 }).results.find((h) => h.path.endsWith(SEED_FILE));
  if (hit === undefined) throw new Error(`the sample archive has no ${SEED_FILE} matching Mixco`);
  mixcoId = hit.id;
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

interface Recorder {
  readonly deps: IpcHandlerDeps;
  readonly savePrompts: string[];
  readonly opened: string[];
}

function makeDeps(overrides: Partial<IpcHandlerDeps> = {}, lib: ArchiveLibrary | null = library): Recorder {
  const savePrompts: string[] = [];
  const opened: string[] = [];
  const status: ArchiveStatus = lib === null ? { state: 'empty' } : { state: 'ready', summary: lib.summary, indexing: null };
  const deps: IpcHandlerDeps = {
    getLibrary: () => lib,
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
    await expect(handlers['archive:get-article'](mixcoId)).resolves.toBeNull();
    await expect(handlers['article:export-pdf'](mixcoId)).resolves.toEqual({ status: 'error', message: 'No archive is open.' });
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

  describe('article:export-pdf (real archive, fake dialog and printer)', () => {
    it('suggests a dated, readable file name and writes the PDF where the user chose', async () => {
      const target = path.join(tmp, 'export-one.pdf');
      const recorder = makeDeps({
        chooseSavePath: async (name) => {
          recorder.savePrompts.push(name);
          return target;
        },
      });
      const result = await createIpcHandlers(recorder.deps)['article:export-pdf'](mixcoId);
      expect(result).toEqual({ status: 'saved', path: target });
      expect(recorder.savePrompts).toEqual(['2012-02-17 Guatemalan President Inaugurates Municipal Program against Violence.pdf']);
      const written = await readFile(target, 'utf8');
      expect(written.startsWith('%PDF-')).toBe(true);
      expect(written).toContain('Guatemalan President Inaugurates');
    });

    it('adds .pdf when the chosen name has no extension', async () => {
      const chosen = path.join(tmp, 'no-extension');
      const result = await createIpcHandlers(makeDeps({ chooseSavePath: async () => chosen }).deps)['article:export-pdf'](mixcoId);
      expect(result).toEqual({ status: 'saved', path: `${chosen}.pdf` });
      expect((await readFile(`${chosen}.pdf`, 'utf8')).startsWith('%PDF-')).toBe(true);
    });

    it('reports a cancelled dialog as canceled and prints nothing', async () => {
      let printed = 0;
      const recorder = makeDeps({
        renderPdf: async (article) => {
          printed += 1;
          return fakePdf(article);
        },
      });
      await expect(createIpcHandlers(recorder.deps)['article:export-pdf'](mixcoId)).resolves.toEqual({ status: 'canceled' });
      expect(printed).toBe(0);
    });

    it('turns a printing failure into an error result and leaves no file', async () => {
      const target = path.join(tmp, 'never-written.pdf');
      const deps = makeDeps({
        chooseSavePath: async () => target,
        renderPdf: async () => {
          throw new Error('render process gone');
        },
      }).deps;
      const result = await createIpcHandlers(deps)['article:export-pdf'](mixcoId);
      expect(result).toEqual({ status: 'error', message: 'Could not export the PDF: render process gone' });
      await expect(readFile(target)).rejects.toMatchObject({ code: 'ENOENT' });
    });

    it('reports an unwritable destination as an error result', async () => {
      const blocker = path.join(tmp, 'a-file');
      await writeFile(blocker, 'x');
      const deps = makeDeps({ chooseSavePath: async () => path.join(blocker, 'inside.pdf') }).deps;
      const result = await createIpcHandlers(deps)['article:export-pdf'](mixcoId);
      expect(result).toMatchObject({ status: 'error' });
    });

    it('says so when the article is gone', async () => {
      const result = await createIpcHandlers(makeDeps().deps)['article:export-pdf']('00000000deadbeef');
      expect(result).toEqual({ status: 'error', message: 'That article is no longer in the archive.' });
    });
  });
});

describe('withPdfExtension', () => {
  it('keeps .pdf names as chosen, in any case', () => {
    expect(withPdfExtension('/d/a.pdf', () => false)).toBe('/d/a.pdf');
    expect(withPdfExtension('/d/A.PDF', () => false)).toBe('/d/A.PDF');
  });

  it('adds .pdf unless that would overwrite a file the dialog never asked about', () => {
    expect(withPdfExtension('/d/report', () => false)).toBe('/d/report.pdf');
    expect(withPdfExtension('/d/report', (file) => file === '/d/report.pdf')).toBe('/d/report');
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
    const highlights = await handlers['archive:highlight-article'](mixcoId, 'Mixco');
    expect(highlights?.total).toBeGreaterThan(0);
    const similar = await handlers['archive:more-like-this'](mixcoId);
    expect(similar.results.length).toBeGreaterThan(0);
    expect(similar.results.every((hit) => hit.id !== mixcoId)).toBe(true);
    const suggestions = await handlers['archive:suggest']('mix', 10);
    expect(suggestions.map((suggestion) => suggestion.text)).toContain('mixco');
    await expect(handlers['archive:suggest']('mix', 51)).rejects.toThrow(/archive:suggest/);
    await expect(handlers['archive:highlight-article']('../x', 'Mixco')).rejects.toThrow(/archive:highlight-article/);
  });

  it('stops the indexing pass of the open archive, and does nothing without one', async () => {
    let stopped = 0;
    const withLibrary = makeDeps({ getLibrary: () => ({ ...library, stopIndexing: () => void stopped++ }) }).deps;
    await expect(createIpcHandlers(withLibrary)['archive:stop-indexing']()).resolves.toBeNull();
    expect(stopped).toBe(1);
    await expect(createIpcHandlers(makeDeps({}, null).deps)['archive:stop-indexing']()).resolves.toBeNull();
    await expect(createIpcHandlers(withLibrary)['archive:stop-indexing']('now')).rejects.toThrow(/archive:stop-indexing/);
  });

  it('answers "nothing" without an archive', async () => {
    const handlers = createIpcHandlers(makeDeps({}, null).deps);
    await expect(handlers['archive:highlight-article'](mixcoId, 'x')).resolves.toBeNull();
    await expect(handlers['archive:suggest']('mix')).resolves.toEqual([]);
    await expect(handlers['archive:more-like-this'](mixcoId)).resolves.toMatchObject({ total: 0, error: 'No archive is open.' });
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

describe('citations and exports of results over IPC (real archive, fake dialog, clipboard and printer)', () => {
  const polluted = JSON.parse('{"query": "Mixco", "format": "csv", "__proto__": {"polluted": true}}') as unknown;

  it.each<[string, unknown[]]>([
    ['no arguments', []],
    ['an unknown style', [mixcoIdPlaceholder(), 'harvard', 'en']],
    ['a style in capitals', [mixcoIdPlaceholder(), 'APA', 'en']],
    ['an unknown locale', [mixcoIdPlaceholder(), 'apa', 'fr']],
    ['a full locale tag', [mixcoIdPlaceholder(), 'apa', 'en-US']],
    ['a path as the id', ['../../etc/passwd', 'apa', 'en']],
    ['a missing locale', [mixcoIdPlaceholder(), 'apa']],
    ['a fourth argument', [mixcoIdPlaceholder(), 'apa', 'en', true]],
  ])('article:cite refuses %s', async (_label, args) => {
    await expect(createIpcHandlers(makeDeps().deps)['article:cite'](...args)).rejects.toThrow(/^Invalid arguments for article:cite/);
  });

  it.each<[string, unknown[]]>([
    ['no request', []],
    ['a bare query string', ['Mixco']],
    ['an unknown format', [{ query: 'Mixco', format: 'xlsx' }]],
    ['a missing format', [{ query: 'Mixco' }]],
    ['an output path smuggled in', [{ query: 'Mixco', format: 'csv', out: '/etc/cron.d/x' }]],
    ['a __proto__ payload', [polluted]],
    ['a huge query', [{ query: 'x'.repeat(1001), format: 'csv' }]],
    ['a receipt that is not a boolean', [{ query: 'Mixco', format: 'csv', receipt: 'yes' }]],
    ['a bad sort', [{ query: 'Mixco', format: 'csv', sort: 'random' }]],
    ['thousands of filter values', [{ query: 'Mixco', format: 'csv', filters: { source: Array.from({ length: 201 }, (_, i) => `s${i}`) } }]],
    ['a second argument', [{ query: 'Mixco', format: 'csv' }, 'extra']],
  ])('results:export refuses %s', async (_label, args) => {
    await expect(createIpcHandlers(makeDeps().deps)['results:export'](...args)).rejects.toThrow(/^Invalid arguments for results:export/);
  });

  it.each<[string, unknown[]]>([
    ['no locale', [{ query: 'Mixco' }]],
    ['a format (PDF only)', [{ query: 'Mixco', format: 'csv' }, 'en']],
    ['a path as the selection', ['/tmp/x.pdf', 'en']],
    ['an unknown locale', [{ query: 'Mixco' }, 'de']],
  ])('results:export-pdf refuses %s', async (_label, args) => {
    await expect(createIpcHandlers(makeDeps().deps)['results:export-pdf'](...args)).rejects.toThrow(/^Invalid arguments for results:export-pdf/);
  });

  it('results:cancel-export refuses arguments', async () => {
    await expect(createIpcHandlers(makeDeps().deps)['results:cancel-export']('now')).rejects.toThrow(/results:cancel-export/);
  });

  it('copies the citation in main, as text and rich text, in the requested style and language', async () => {
    const copied: { text: string; html: string }[] = [];
    const handlers = createIpcHandlers(makeDeps({ copyToClipboard: (content) => void copied.push(content) }).deps);
    const result = await handlers['article:cite'](mixcoId, 'apa', 'es');
    const article = library.getArticle(mixcoId)!;
    const expected = cite(article, 'apa', 'es');
    expect(result).toEqual({ status: 'copied', style: 'apa', text: expected.text });
    expect(copied).toEqual([{ text: expected.text, html: expected.html }]);
    expect(expected.text).toMatch(/2012, 17 de febrero/);
  });

  it('reports a missing clipboard or article instead of failing', async () => {
    const handlers = createIpcHandlers(makeDeps().deps);
    await expect(handlers['article:cite'](mixcoId, 'mla', 'en')).resolves.toMatchObject({ status: 'error' });
    const withClipboard = createIpcHandlers(makeDeps({ copyToClipboard: () => undefined }).deps);
    await expect(withClipboard['article:cite']('0123456789abcdef', 'mla', 'en')).resolves.toMatchObject({ status: 'error', message: /no longer/ });
  });

  it('exports the whole result set as CSV with a receipt, adding the extensions the dialog left out', async () => {
    const target = path.join(tmp, 'results');
    const prompts: { name: string; extensions: readonly string[] | undefined }[] = [];
    const handlers = createIpcHandlers(
      makeDeps({
        chooseSavePath: async (name, filter) => {
          prompts.push({ name, extensions: filter?.extensions });
          return target;
        },
      }).deps,
    );
    const result = await handlers['results:export']({ query: 'Mixco', format: 'csv', receipt: true, sort: 'oldest' });
    const all = library.search('Mixco', { limit: 200, sort: 'oldest' });
    expect(result).toEqual({ status: 'saved', path: `${target}.csv`, count: all.total, receiptPath: `${target}.receipt.json` });
    expect(prompts[0]?.name).toMatch(/^archivo-mixco-\d{4}-\d\d-\d\d\.csv$/);
    expect(prompts[0]?.extensions).toEqual(['csv']);
    const csv = await readFile(`${target}.csv`, 'utf8');
    expect(csv.startsWith('\uFEFFrank,id,title,')).toBe(true);
    expect(csv).toContain('Guatemalan President Inaugurates Municipal Program against Violence');
    const receipt = JSON.parse(await readFile(`${target}.receipt.json`, 'utf8')) as { query: string; hits: { id: string }[] };
    expect(receipt.query).toBe('Mixco');
    expect(receipt.hits.map((hit) => hit.id)).toEqual(all.results.map((hit) => hit.id));
  });

  it('exports references (RIS) of the filtered results only', async () => {
    const target = path.join(tmp, 'refs.ris');
    const handlers = createIpcHandlers(makeDeps({ chooseSavePath: async () => target }).deps);
    const filters = { language: ['es'] };
    const result = await handlers['results:export']({ query: 'Mixco', format: 'ris', filters });
    const expected = library.search('Mixco', { limit: 200, filters });
    expect(expected.total).toBeGreaterThan(0);
    expect(result).toMatchObject({ status: 'saved', path: target, count: expected.total });
    const ris = await readFile(target, 'utf8');
    expect(ris.match(/^TY {2}- NEWS/gm)).toHaveLength(expected.total);
    expect(ris).not.toContain('Guatemalan President Inaugurates');
  });

  it('cancels a results PDF in flight, and allows one at a time', async () => {
    const events: string[] = [];
    let started: () => void = () => undefined;
    const printing = new Promise<void>((resolve) => (started = resolve));
    const handlers = createIpcHandlers(
      makeDeps({
        chooseSavePath: async () => path.join(tmp, 'never.pdf'),
        renderHtml: (_html, options) =>
          new Promise((_resolve, reject) => {
            started();
            options?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
          }),
        emit: (channel, payload) => void events.push(`${channel}:${typeof payload === 'object' && 'phase' in payload ? payload.phase : ''}`),
      }).deps,
    );
    const first = handlers['results:export-pdf']({ query: 'Mixco' }, 'en');
    await printing;
    await expect(handlers['results:export-pdf']({ query: 'Mixco' }, 'en')).resolves.toMatchObject({ status: 'error', message: /under way/ });
    await handlers['results:cancel-export']();
    await expect(first).resolves.toEqual({ status: 'canceled' });
    expect(events).toContain('results:export-progress:layout');
    await expect(readFile(path.join(tmp, 'never.pdf'))).rejects.toThrow();
  });

  it('refuses a results PDF without a printer or without results, before asking where to save', async () => {
    const recorder = makeDeps();
    await expect(createIpcHandlers(recorder.deps)['results:export-pdf']({ query: 'Mixco' }, 'en')).resolves.toMatchObject({ status: 'error' });
    const printer = makeDeps({ renderHtml: async () => new Uint8Array() });
    await expect(createIpcHandlers(printer.deps)['results:export-pdf']({ query: 'zzzqqqxxx' }, 'en')).resolves.toMatchObject({
      status: 'error',
      message: /no results/,
    });
    expect([...recorder.savePrompts, ...printer.savePrompts]).toEqual([]);
  });
});

/** A well-formed id for argument checks that must fail on another argument. */
function mixcoIdPlaceholder(): string {
  return '3e153439dee5a9ac';
}
