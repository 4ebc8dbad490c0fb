/** The export channels over IPC: one article as PDF, results (all or ticked) as files and PDFs, citations. */
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { cite } from '../../../archive/cite/cite';
import type { PrintHighlights } from '../../../archive/export/highlight-html';
import { withPdfExtension } from '../../../electron/export-handlers';
import { createIpcHandlers, type IpcHandlerDeps } from '../../../electron/ipc-handlers';
import { fakePdf, makeSampleDeps, useSampleIpc, type Recorder } from './sample-ipc';

const sample = useSampleIpc();

const makeDeps = (overrides: Partial<IpcHandlerDeps> = {}): Recorder => makeSampleDeps(sample.library, overrides);

/** A valid, blank one-page PDF: what a printer returns, to the export path that adds metadata to it. */
async function onePagePdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage();
  return pdf.save();
}

describe('article:export-pdf (real archive, fake dialog and printer)', () => {
  it('suggests a dated, readable file name and writes the PDF where the user chose', async () => {
    const target = path.join(sample.tmp, 'export-one.pdf');
    const recorder = makeDeps({
      chooseSavePath: async (name) => {
        recorder.savePrompts.push(name);
        return target;
      },
    });
    const result = await createIpcHandlers(recorder.deps)['article:export-pdf'](sample.mixcoId);
    expect(result).toEqual({ status: 'saved', path: target });
    expect(recorder.savePrompts).toEqual(['2012-02-17 Guatemalan President Inaugurates Municipal Program against Violence.pdf']);
    const written = await readFile(target, 'utf8');
    expect(written.startsWith('%PDF-')).toBe(true);
    expect(written).toContain('Guatemalan President Inaugurates');
  });

  it('adds .pdf when the chosen name has no extension', async () => {
    const chosen = path.join(sample.tmp, 'no-extension');
    const result = await createIpcHandlers(makeDeps({ chooseSavePath: async () => chosen }).deps)['article:export-pdf'](sample.mixcoId);
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
    await expect(createIpcHandlers(recorder.deps)['article:export-pdf'](sample.mixcoId)).resolves.toEqual({ status: 'canceled' });
    expect(printed).toBe(0);
  });

  it('turns a printing failure into an error result and leaves no file', async () => {
    const target = path.join(sample.tmp, 'never-written.pdf');
    const deps = makeDeps({
      chooseSavePath: async () => target,
      renderPdf: async () => {
        throw new Error('render process gone');
      },
    }).deps;
    const result = await createIpcHandlers(deps)['article:export-pdf'](sample.mixcoId);
    expect(result).toEqual({ status: 'error', message: 'Could not export the PDF: render process gone' });
    await expect(readFile(target)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reports an unwritable destination as an error result', async () => {
    const blocker = path.join(sample.tmp, 'a-file');
    await writeFile(blocker, 'x');
    const deps = makeDeps({ chooseSavePath: async () => path.join(blocker, 'inside.pdf') }).deps;
    const result = await createIpcHandlers(deps)['article:export-pdf'](sample.mixcoId);
    expect(result).toMatchObject({ status: 'error' });
  });

  it('says so when the article is gone', async () => {
    const result = await createIpcHandlers(makeDeps().deps)['article:export-pdf']('00000000deadbeef');
    expect(result).toEqual({ status: 'error', message: 'That article is no longer in the archive.' });
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
    ['no locale', [{ query: 'Mixco', layout: 'combined' }]],
    ['no layout', [{ query: 'Mixco' }, 'en']],
    ['an unknown layout', [{ query: 'Mixco', layout: 'zip' }, 'en']],
    ['a format (PDF only)', [{ query: 'Mixco', layout: 'combined', format: 'csv' }, 'en']],
    ['a path as the selection', ['/tmp/x.pdf', 'en']],
    ['an unknown locale', [{ query: 'Mixco', layout: 'combined' }, 'de']],
    ['highlight that is not a boolean', [{ query: 'Mixco', layout: 'combined', highlight: 'yes' }, 'en']],
    ['an empty selection', [{ query: 'Mixco', layout: 'combined', selected: [] }, 'en']],
    ['a selected path instead of an id', [{ query: 'Mixco', layout: 'combined', selected: [{ id: '../etc/passwd', rank: 0 }] }, 'en']],
    ['a negative rank', [{ query: 'Mixco', layout: 'combined', selected: [{ id: '3e153439dee5a9ac', rank: -1 }] }, 'en']],
    ['a selection of 10,001', [{ query: 'Mixco', layout: 'combined', selected: Array.from({ length: 10_001 }, (_, rank) => ({ id: '3e153439dee5a9ac', rank })) }, 'en']],
  ])('results:export-pdf refuses %s', async (_label, args) => {
    await expect(createIpcHandlers(makeDeps().deps)['results:export-pdf'](...args)).rejects.toThrow(/^Invalid arguments for results:export-pdf/);
  });

  it('results:cancel-export refuses arguments', async () => {
    await expect(createIpcHandlers(makeDeps().deps)['results:cancel-export']('now')).rejects.toThrow(/results:cancel-export/);
  });

  it('copies the citation in main, as text and rich text, in the requested style and language', async () => {
    const copied: { text: string; html: string }[] = [];
    const handlers = createIpcHandlers(makeDeps({ copyToClipboard: (content) => void copied.push(content) }).deps);
    const result = await handlers['article:cite'](sample.mixcoId, 'apa', 'es');
    const article = sample.library.getArticle(sample.mixcoId)!;
    const expected = cite(article, 'apa', 'es');
    expect(result).toEqual({ status: 'copied', style: 'apa', text: expected.text });
    expect(copied).toEqual([{ text: expected.text, html: expected.html }]);
    expect(expected.text).toMatch(/2012, 17 de febrero/);
  });

  it('reports a missing clipboard or article instead of failing', async () => {
    const handlers = createIpcHandlers(makeDeps().deps);
    await expect(handlers['article:cite'](sample.mixcoId, 'mla', 'en')).resolves.toMatchObject({ status: 'error' });
    const withClipboard = createIpcHandlers(makeDeps({ copyToClipboard: () => undefined }).deps);
    await expect(withClipboard['article:cite']('0123456789abcdef', 'mla', 'en')).resolves.toMatchObject({ status: 'error', message: /no longer/ });
  });

  it('exports the whole result set as CSV with a receipt, adding the extensions the dialog left out', async () => {
    const target = path.join(sample.tmp, 'results');
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
    const all = sample.library.search('Mixco', { limit: 200, sort: 'oldest' });
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
    const target = path.join(sample.tmp, 'refs.ris');
    const handlers = createIpcHandlers(makeDeps({ chooseSavePath: async () => target }).deps);
    const filters = { language: ['es'] };
    const result = await handlers['results:export']({ query: 'Mixco', format: 'ris', filters });
    const expected = sample.library.search('Mixco', { limit: 200, filters });
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
        chooseSavePath: async () => path.join(sample.tmp, 'never.pdf'),
        renderHtml: (_html, options) =>
          new Promise((_resolve, reject) => {
            started();
            options?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
          }),
        emit: (channel, payload) => void events.push(`${channel}:${typeof payload === 'object' && 'phase' in payload ? payload.phase : ''}`),
      }).deps,
    );
    const first = handlers['results:export-pdf']({ query: 'Mixco', layout: 'combined' }, 'en');
    await printing;
    await expect(handlers['results:export-pdf']({ query: 'Mixco', layout: 'combined' }, 'en')).resolves.toMatchObject({ status: 'error', message: /under way/ });
    await handlers['results:cancel-export']();
    await expect(first).resolves.toEqual({ status: 'canceled' });
    expect(events).toContain('results:export-progress:layout');
    await expect(readFile(path.join(sample.tmp, 'never.pdf'))).rejects.toThrow();
  });

  it('refuses a results PDF without a printer or without results, before asking where to save', async () => {
    const recorder = makeDeps();
    await expect(createIpcHandlers(recorder.deps)['results:export-pdf']({ query: 'Mixco', layout: 'combined' }, 'en')).resolves.toMatchObject({ status: 'error' });
    const printer = makeDeps({ renderHtml: async () => new Uint8Array() });
    await expect(createIpcHandlers(printer.deps)['results:export-pdf']({ query: 'zzzqqqxxx', layout: 'combined' }, 'en')).resolves.toMatchObject({
      status: 'error',
      message: /no results/,
    });
    expect([...recorder.savePrompts, ...printer.savePrompts]).toEqual([]);
  });
});

describe('ticked results, hits marked in PDFs, Chicago notes', () => {
  it('exports only the ticked results, in list order, and the receipt says it is a selection', async () => {
    const all = sample.library.search('Mixco', { limit: 200, sort: 'oldest' }).results;
    expect(all.length).toBeGreaterThanOrEqual(3);
    const ticked = [
      { id: all[2]!.id, rank: 2 },
      { id: all[0]!.id, rank: 0 },
    ];
    const target = path.join(sample.tmp, 'ticked.csv');
    const handlers = createIpcHandlers(makeDeps({ chooseSavePath: async () => target }).deps);
    const result = await handlers['results:export']({ query: 'Mixco', sort: 'oldest', format: 'csv', receipt: true, selected: ticked });
    expect(result).toMatchObject({ status: 'saved', path: target, count: 2 });
    const rows = (await readFile(target, 'utf8')).trimEnd().split('\r\n').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain(all[0]!.id);
    expect(rows[1]).toContain(all[2]!.id);
    const receipt = JSON.parse(await readFile(path.join(sample.tmp, 'ticked.receipt.json'), 'utf8')) as { hits: { id: string }[]; selection?: string; total: number };
    expect(receipt.hits.map((hit) => hit.id)).toEqual([all[0]!.id, all[2]!.id]);
    expect(receipt.selection).toMatch(/ticked/);
    expect(receipt.total).toBe(all.length);
  });

  it('refuses ticks that no longer match the results instead of exporting something else', async () => {
    const all = sample.library.search('Mixco', { limit: 200 }).results;
    const target = path.join(sample.tmp, 'stale.ris');
    const handlers = createIpcHandlers(makeDeps({ chooseSavePath: async () => target }).deps);
    // An article that is in the archive but not among this search's results.
    const other = sample.library.search('serrarias', { limit: 1 }).results[0]!;
    expect(all.some((hit) => hit.id === other.id)).toBe(false);
    const result = await handlers['results:export']({ query: 'Mixco', format: 'ris', selected: [{ id: other.id, rank: 0 }] });
    expect(result).toMatchObject({ status: 'error', message: /changed since they were ticked/ });
    await expect(readFile(target)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('marks the query’s hits in an article PDF when asked, and only then', async () => {
    const printed: (PrintHighlights | undefined)[] = [];
    const deps = makeDeps({
      chooseSavePath: async () => path.join(sample.tmp, 'marked.pdf'),
      renderPdf: async (article, highlights) => {
        printed.push(highlights);
        return fakePdf(article);
      },
    }).deps;
    const handlers = createIpcHandlers(deps);
    await expect(handlers['article:export-pdf'](sample.mixcoId, { highlightQuery: 'Mixco' })).resolves.toMatchObject({ status: 'saved' });
    await expect(handlers['article:export-pdf'](sample.mixcoId)).resolves.toMatchObject({ status: 'saved' });
    const article = sample.library.getArticle(sample.mixcoId)!;
    const marked = printed[0]!;
    const paragraphs = (marked.body ?? []).flatMap((ranges, i) => ranges.map(([start, end]) => article.body[i]!.slice(start, end)));
    expect(paragraphs.length).toBeGreaterThan(0);
    for (const word of paragraphs) expect(word.toLowerCase()).toBe('mixco');
    expect(printed[1]).toBeUndefined();
    await expect(handlers['article:export-pdf'](sample.mixcoId, { highlightQuery: 'Mixco', extra: 1 })).rejects.toThrow(/Invalid arguments/);
  });

  it('prints one PDF per ticked article into a new folder named after the search, with hits marked', async () => {
    const parent = await mkdtemp(path.join(sample.tmp, 'folder-'));
    const asked: string[] = [];
    const printedHtml: string[] = [];
    const all = sample.library.search('Mixco', { limit: 200 }).results;
    const handlers = createIpcHandlers(
      makeDeps({
        chooseExportFolder: async (name) => {
          asked.push(name);
          return parent;
        },
        // The per-article path prints through `renderPdf`'s sibling: record the HTML, return a one-page PDF.
        renderHtml: async (html) => {
          printedHtml.push(html);
          return onePagePdf();
        },
      }).deps,
    );
    const selected = [{ id: all[0]!.id, rank: 0 }, { id: all[1]!.id, rank: 1 }];
    const result = await handlers['results:export-pdf']({ query: 'Mixco', layout: 'per-article', highlight: true, selected }, 'en');
    expect(asked).toEqual([expect.stringMatching(/^archivo-mixco-\d{4}-\d\d-\d\d$/)]);
    expect(result).toMatchObject({ status: 'saved', count: 2, folder: true, path: path.join(parent, asked[0]!) });
    const files = await readdir(path.join(parent, asked[0]!));
    expect(files.sort()).toEqual([expect.stringMatching(/\.pdf$/), expect.stringMatching(/\.pdf$/)]);
    expect(printedHtml).toHaveLength(2);
    for (const html of printedHtml) expect(html).toMatch(/<mark[^>]*>Mixco<\/mark>/i);
    // The same folder name again: a second folder, nothing overwritten.
    const again = await handlers['results:export-pdf']({ query: 'Mixco', layout: 'per-article', selected }, 'en');
    expect(again).toMatchObject({ status: 'saved', path: path.join(parent, `${asked[0]!}-2`) });
  });

  it('copies Chicago’s note form as its own style', async () => {
    const copied: { text: string; html: string }[] = [];
    const handlers = createIpcHandlers(makeDeps({ copyToClipboard: (content) => void copied.push(content) }).deps);
    const result = await handlers['article:cite'](sample.mixcoId, 'chicago-note', 'en');
    const expected = cite(sample.library.getArticle(sample.mixcoId)!, 'chicago', 'en').note!;
    expect(result).toEqual({ status: 'copied', style: 'chicago-note', text: expected.text });
    expect(copied).toEqual([{ text: expected.text, html: expected.html }]);
    // A note reads "First Last, “Title,” …": the bibliography entry inverts the name and ends title with a period.
    expect(expected.text).toMatch(/“Guatemalan President Inaugurates Municipal Program against Violence,”/);
  });
});

/** A well-formed id for argument checks that must fail on another argument. */
function mixcoIdPlaceholder(): string {
  return '3e153439dee5a9ac';
}
