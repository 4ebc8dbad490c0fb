/** The export commands end to end: cite, export-results (CSV, JSON, receipt), export-pdf --all-results. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../archive/cli/run-cli';
import { flowing, markedPixels, pageText } from '../export/poppler';
import { makeArchive, SAMPLE_ARCHIVE, scrapedArticle, SEED_TEXT, temporaryDir } from '../library/archive-fixture';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), color: false });
  return { code, stdout, stderr };
}

async function idsFor(root: string, query: string, indexDir: string): Promise<string[]> {
  const { stdout } = await cli('search', root, query, '--json', '--limit', '100', '--index-dir', indexDir);
  return JSON.parse(stdout).results.map((r: { id: string }) => r.id);
}

describe('archivo cite', () => {
  it('prints APA (localised), MLA and the Chicago note for the seed article', async () => {
    const root = makeArchive({ 'seed.txt': SEED_TEXT });
    const indexDir = temporaryDir();
    const [id] = await idsFor(root, 'Mixco', indexDir);
    const apaEs = await cli('cite', root, id!, '--style', 'apa', '--locale', 'es', '--index-dir', indexDir);
    expect(apaEs).toMatchObject({ code: 0, stderr: '' });
    expect(apaEs.stdout).toBe('Guatemalan President inaugurates municipal program against violence. (2012, 17 de febrero). Diálogo Americas.\n');
    expect((await cli('cite', root, id!, '--style', 'mla', '--index-dir', indexDir)).stdout).toBe(
      '“Guatemalan President Inaugurates Municipal Program against Violence.” Diálogo Americas, 17 Feb. 2012.\n',
    );
    expect((await cli('cite', root, id!, '--style', 'chicago', '--note', '--html', '--index-dir', indexDir)).stdout).toBe(
      '“Guatemalan President Inaugurates Municipal Program against Violence,” <i>Diálogo Americas</i>, February 17, 2012.\n',
    );
  });

  it('exports several articles as RIS, BibTeX and CSL-JSON', async () => {
    const indexDir = temporaryDir();
    const ids = (await idsFor(SAMPLE_ARCHIVE, 'Mixco', indexDir)).slice(0, 2);
    expect(ids).toHaveLength(2);
    const ris = (await cli('cite', SAMPLE_ARCHIVE, ...ids, '--format', 'ris', '--index-dir', indexDir)).stdout;
    expect(ris.match(/^TY {2}- NEWS\r$/gm)).toHaveLength(2);
    const bib = (await cli('cite', SAMPLE_ARCHIVE, ...ids, '--format', 'bibtex', '--index-dir', indexDir)).stdout;
    expect(bib.match(/^@(article|misc)\{/gm)).toHaveLength(2);
    const csl = JSON.parse((await cli('cite', SAMPLE_ARCHIVE, ...ids, '--format', 'csl-json', '--index-dir', indexDir)).stdout);
    expect(csl.map((item: { id: string; type: string }) => [item.id, item.type])).toEqual(ids.map((id) => [id, 'article-newspaper']));
  });

  it.each([
    [['cite', 'f', 'id'], /cite needs --style/],
    [['cite', 'f', 'id', '--style', 'harvard'], /--style must be apa, mla or chicago/],
    [['cite', 'f'], /"cite" takes a folder and at least one article id/],
    [['export-results', 'f', 'q'], /needs --format csv or --format json/],
    [['export-pdf', 'f', '--all-results', 'q'], /needs --out <folder\|file\.pdf>/],
    [['export-pdf', 'f', 'id', '--all-results', 'q', '--out', 'x'], /takes 1 argument, got 2/],
  ])('%j exits with 2 and the usage', async (argv, message) => {
    const { code, stderr } = await cli(...(argv as string[]));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('export-results <folder>');
  });

  it('an unknown id fails with exit code 1', async () => {
    const { code, stderr } = await cli('cite', SAMPLE_ARCHIVE, 'ffffffffffffffff', '--style', 'apa', '--index-dir', temporaryDir());
    expect(code).toBe(1);
    expect(stderr).toMatch(/no article with id ffffffffffffffff/);
  });
});

describe('archivo export-results', () => {
  const hostileArchive = (): string =>
    makeArchive({
      'seed.txt': SEED_TEXT,
      'formula.txt': scrapedArticle('=HYPERLINK("http://evil.example","Mixco, \"click\"")', ['Mixco police counted the cameras.']),
    });

  it('CSV file: BOM, CRLF, RFC 4180 quoting, formula cells neutralised', async () => {
    const root = hostileArchive();
    const out = path.join(temporaryDir(), 'results.csv');
    const run = await cli('export-results', root, 'Mixco', '--format', 'csv', '--out', out, '--index-dir', temporaryDir());
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Saved 2 of 2 results to .*results\.csv\n$/);
    const csv = readFileSync(out, 'utf8');
    expect(csv.startsWith('\uFEFFrank,id,title,date,source,author,language,url,path,score,snippet,sha256\r\n')).toBe(true);
    expect(csv).toContain('"\'=HYPERLINK(""http://evil.example"",""Mixco, ""click"""")"');
    expect(csv).toContain(',Guatemalan President Inaugurates Municipal Program against Violence,2012-02-17,Diálogo Americas,,en,,seed.txt,');
    expect(csv.split('\r\n')).toHaveLength(4); // header, two rows, final empty
  });

  it('JSON on stdout and a receipt whose checksum anyone can recompute', async () => {
    const root = hostileArchive();
    const indexDir = temporaryDir();
    const receiptFile = path.join(temporaryDir(), 'receipt.json');
    const run = await cli('export-results', root, 'Mixco', '--format', 'json', '--receipt', receiptFile, '--limit', '1', '--index-dir', indexDir);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ query: 'Mixco', total: 2, filters: {} });
    expect(json.results).toHaveLength(1);
    expect(json.results[0]).toMatchObject({ rank: 1, snippet: expect.stringContaining('Mixco') });
    expect(json.results[0].sha256).toMatch(/^[0-9a-f]{64}$/);

    const receipt = JSON.parse(readFileSync(receiptFile, 'utf8'));
    expect(receipt).toMatchObject({
      kind: 'archivo-search-receipt',
      query: 'Mixco',
      total: 2,
      archive: { articles: 2, files: 2 },
      archivo: expect.stringMatching(/^\d+\.\d+\.\d+/),
    });
    expect(new Date(receipt.searchedAt).toISOString()).toBe(receipt.searchedAt);
    expect(receipt.hits).toHaveLength(1);
    expect(Object.keys(receipt.hits[0])).toEqual(['rank', 'id', 'title', 'date', 'score', 'sha256']);
    // Recompute the checksum from `show` as the documented definition says: every match, sorted by id.
    const lines = [];
    for (const id of (await idsFor(root, 'Mixco', indexDir)).sort()) {
      const article = JSON.parse((await cli('show', root, id, '--json', '--index-dir', indexDir)).stdout);
      lines.push(`${id} ${article.sha256}\n`);
    }
    expect(receipt.indexChecksum).toBe(createHash('sha256').update(lines.join('')).digest('hex'));
  });
});

describe('archivo export-pdf --all-results', () => {
  it('one combined PDF with a contents page, and one PDF per article into a folder', async () => {
    const indexDir = temporaryDir();
    const total = JSON.parse((await cli('search', SAMPLE_ARCHIVE, 'Mixco', '--json', '--index-dir', indexDir)).stdout).total;
    expect(total).toBeGreaterThanOrEqual(2);

    const file = path.join(temporaryDir(), 'mixco.pdf');
    const combined = await cli('export-pdf', SAMPLE_ARCHIVE, '--all-results', 'Mixco', '--out', file, '--index-dir', indexDir);
    expect(combined.code, combined.stderr).toBe(0);
    expect(combined.stdout).toMatch(/^Saved .*mixco\.pdf \(printing with/);
    expect(combined.stderr).toContain(`Laying out ${total} articles`);
    // A title may wrap onto two lines.
    const contents = flowing(pageText(file, 1));
    expect(contents).toContain('Contents');
    expect(contents).toContain('Guatemalan President Inaugurates Municipal Program against Violence');
    expect(contents).toContain('“Mixco”');

    const dir = temporaryDir();
    const folder = await cli('export-pdf', SAMPLE_ARCHIVE, '--all-results', 'Mixco', '--out', dir, '--index-dir', indexDir);
    expect(folder.code, folder.stderr).toBe(0);
    expect(folder.stdout).toMatch(new RegExp(`^Saved ${total} PDFs in `));
    expect(readdirSync(dir).filter((name) => name.endsWith('.pdf'))).toHaveLength(total);
    expect(folder.stderr).toContain(`Printed ${total}/${total}:`);
  }, 90_000);

  it('--highlight marks the query’s hits in the PDFs, which are unmarked without it', async () => {
    const indexDir = temporaryDir();
    const [id] = await idsFor(SAMPLE_ARCHIVE, 'Mixco', indexDir);
    const dir = temporaryDir();
    const plain = path.join(dir, 'plain.pdf');
    const marked = path.join(dir, 'marked.pdf');
    expect((await cli('export-pdf', SAMPLE_ARCHIVE, id!, '--out', plain, '--index-dir', indexDir)).code).toBe(0);
    const one = await cli('export-pdf', SAMPLE_ARCHIVE, id!, '--out', marked, '--highlight', 'Mixco', '--index-dir', indexDir);
    expect(one.code, one.stderr).toBe(0);
    expect(markedPixels(plain)).toBe(0);
    expect(markedPixels(marked)).toBeGreaterThan(50);

    const combined = path.join(dir, 'all.pdf');
    const all = await cli('export-pdf', SAMPLE_ARCHIVE, '--all-results', 'Mixco', '--out', combined, '--highlight', 'Mixco', '--index-dir', indexDir);
    expect(all.code, all.stderr).toBe(0);
    // Page 1 is the contents; the first article starts on page 2.
    expect(markedPixels(combined, 2)).toBeGreaterThan(50);
  }, 90_000);

  it('several ids: those articles in that order, one PDF each into a folder or one combined PDF', async () => {
    const indexDir = temporaryDir();
    const ids = (await idsFor(SAMPLE_ARCHIVE, 'Mixco', indexDir)).slice(0, 2).reverse();
    const dir = temporaryDir();
    const folder = await cli('export-pdf', SAMPLE_ARCHIVE, ...ids, '--out', dir, '--index-dir', indexDir);
    expect(folder.code, folder.stderr).toBe(0);
    expect(folder.stdout).toMatch(/^Saved 2 PDFs in /);
    expect(readdirSync(dir).filter((name) => name.endsWith('.pdf'))).toHaveLength(2);

    const file = path.join(temporaryDir(), 'two.pdf');
    const combined = await cli('export-pdf', SAMPLE_ARCHIVE, ...ids, '--out', file, '--index-dir', indexDir);
    expect(combined.code, combined.stderr).toBe(0);
    const contents = flowing(pageText(file, 1));
    const shown = await Promise.all(ids.map(async (id) => JSON.parse((await cli('show', SAMPLE_ARCHIVE, id, '--json', '--index-dir', indexDir)).stdout).title as string));
    // The contents page lists them in the order given.
    expect(contents.indexOf(shown[0]!)).toBeGreaterThan(-1);
    expect(contents.indexOf(shown[0]!)).toBeLessThan(contents.indexOf(shown[1]!));

    const missing = await cli('export-pdf', SAMPLE_ARCHIVE, ids[0]!, '0123456789abcdef', '--out', dir, '--index-dir', indexDir);
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.stderr).toMatch(/no article with id 0123456789abcdef/);
  }, 90_000);
});
