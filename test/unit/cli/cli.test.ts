import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../archive/cli/run-cli';
import { pdfText } from '../export/poppler';
import { makeArchive, SAMPLE_ARCHIVE, scrapedArticle, SEED_TEXT, temporaryDir } from '../library/archive-fixture';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), color: false });
  return { code, stdout, stderr };
}

function archiveWithProblem(): string {
  return makeArchive({
    'guatemala/seed.txt': SEED_TEXT,
    'coffee.txt': scrapedArticle('Coffee Growers Count Losses After Frost', ['Farmers in Huila lost a third of the harvest.']),
    'empty.txt': '',
  });
}

describe('archivo index', () => {
  it('reports counts and problems as JSON', async () => {
    const root = archiveWithProblem();
    const { code, stdout } = await cli('index', root, '--json', '--index-dir', temporaryDir());
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ articles: 2, files: 3, problems: [{ path: 'empty.txt', reason: 'the file is empty' }] });
  });

  it('says in words what it did', async () => {
    const { stdout } = await cli('index', archiveWithProblem(), '--index-dir', temporaryDir());
    expect(stdout).toMatch(/^2 articles from 3 files in /);
    expect(stdout).toContain('empty.txt: the file is empty');
    expect(stdout).not.toContain('Not read');
  });

  it('says which files it does not read, in words and as JSON', async () => {
    const root = makeArchive({
      'guatemala/seed.txt': SEED_TEXT,
      ...Object.fromEntries(['a', 'b', 'c', 'd'].map((name) => [`leaks/${name}.pdf`, '%PDF-1.7'])),
      'leaks/memo.docx': 'PK',
      'leaks/transcript': 'Q: When did you first hear of the contract?',
    });
    const { stdout } = await cli('index', root, '--index-dir', temporaryDir());
    expect(stdout).toContain('Not read (kinds of file Archivo does not read: they are not searched):');
    expect(stdout).toContain('  4 .pdf files: leaks/a.pdf, leaks/b.pdf, leaks/c.pdf, …\n');
    expect(stdout).toContain('  1 file without an extension: leaks/transcript\n');
    expect(stdout).toContain('  1 .docx file: leaks/memo.docx\n');
    const report = JSON.parse((await cli('index', root, '--json', '--index-dir', temporaryDir())).stdout);
    expect(report).toMatchObject({ articles: 1, files: 1, problems: [] });
    expect(report.unread).toEqual([
      { extension: '.pdf', count: 4, examples: ['leaks/a.pdf', 'leaks/b.pdf', 'leaks/c.pdf'] },
      { extension: '', count: 1, examples: ['leaks/transcript'] },
      { extension: '.docx', count: 1, examples: ['leaks/memo.docx'] },
    ]);
  });
});

describe('archivo search', () => {
  it('prints ranked results with the documented JSON fields', async () => {
    const { code, stdout } = await cli('search', archiveWithProblem(), 'mixco', '--json', '--index-dir', temporaryDir());
    expect(code).toBe(0);
    const response = JSON.parse(stdout);
    expect(response.total).toBe(1);
    expect(response.results[0]).toMatchObject({
      title: 'Guatemalan President Inaugurates Municipal Program against Violence',
      date: '2012-02-17',
      source: 'Diálogo Americas',
      author: null,
      path: 'guatemala/seed.txt',
    });
    expect(response.results[0].id).toMatch(/^[0-9a-f]{16}$/);
    expect(response.results[0].snippet).toContain('Mixco');
    expect(typeof response.results[0].score).toBe('number');
  });

  it('limits the number of results', async () => {
    const { stdout } = await cli('search', SAMPLE_ARCHIVE, 'Mixco OR violence OR violencia', '--limit', '1', '--json', '--index-dir', temporaryDir());
    const response = JSON.parse(stdout);
    expect(response.total).toBeGreaterThan(1);
    expect(response.results).toHaveLength(1);
  });

  it('explains a query it cannot parse, on stderr, with a non-zero exit', async () => {
    const { code, stdout, stderr } = await cli('search', archiveWithProblem(), '"Secure Municipality', '--index-dir', temporaryDir());
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/quote at character 1 is never closed/);
  });

  it('points at the part of the query at fault with a caret line', async () => {
    const { code, stderr } = await cli('search', archiveWithProblem(), 'Mixco titel:violence', '--index-dir', temporaryDir());
    expect(code).toBe(1);
    expect(stderr).toContain('Unknown field "titel:" at character 7.');
    expect(stderr).toContain('\n  Mixco titel:violence\n        ^^^^^^\n');
  });
});

describe('archivo show', () => {
  it('prints the whole article as JSON by its id', async () => {
    const root = archiveWithProblem();
    const indexDir = temporaryDir();
    const id = JSON.parse((await cli('search', root, 'Mixco', '--json', '--index-dir', indexDir)).stdout).results[0].id;
    const article = JSON.parse((await cli('show', root, id, '--json', '--index-dir', indexDir)).stdout);
    expect(article).toMatchObject({
      id,
      title: 'Guatemalan President Inaugurates Municipal Program against Violence',
      author: null,
      date: '2012-02-17',
      source: 'Diálogo Americas',
      url: null,
      copyright: 'Copyright © 2018 Diálogo Americas. All Rights Reserved.',
      language: 'en',
      path: 'guatemala/seed.txt',
    });
    expect(article.summary).toMatch(/^On February 14, Guatemalan President Otto Pérez inaugurated/);
    const paragraphs: string[] = article.body.split('\n\n');
    expect(paragraphs[0]).toMatch(/^The president launched the program/);
    expect(new Set(paragraphs).size).toBe(paragraphs.length);
    expect(article.body).not.toContain('DIÁLOGO');
    expect(article.body).not.toContain('Copyright');
  });

  it('fails clearly for an unknown id', async () => {
    const { code, stderr } = await cli('show', archiveWithProblem(), 'ffffffffffffffff', '--index-dir', temporaryDir());
    expect(code).toBe(1);
    expect(stderr).toMatch(/no article with id ffffffffffffffff/);
  });
});

describe('command-line mistakes', () => {
  it.each([
    [[], /no command given/],
    [['frobnicate', 'x'], /unknown command "frobnicate"/],
    [['search', 'folder-only'], /"search" takes 2 arguments, got 1/],
    [['search', 'f', 'q', '--limit', 'lots'], /--limit must be a whole number/],
    [['export-pdf', 'f', 'id'], /needs --out/],
    [['index', 'f', '--bogus'], /Unknown option '--bogus'/],
  ])('%j exits with 2 and shows the usage', async (argv, message) => {
    const { code, stderr } = await cli(...(argv as string[]));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage:');
  });

  it('reports a missing archive folder', async () => {
    const { code, stderr } = await cli('index', path.join(temporaryDir(), 'nope'), '--index-dir', temporaryDir());
    expect(code).toBe(1);
    expect(stderr).toMatch(/Cannot open the archive/);
  });
});

describe('the built archivo command', () => {
  const bin = path.resolve(__dirname, '../../../out/cli/archivo.cjs');

  it('runs from the bundle as `npx archivo` does', async () => {
    expect(existsSync(bin), `${bin} is missing: run \`npm run build\` first (npm test does)`).toBe(true);
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'search', SAMPLE_ARCHIVE, 'Pérez', '--json', '--index-dir', temporaryDir()]);
    expect(JSON.parse(stdout).total).toBeGreaterThan(0);
  });

  it('starts without loading jsdom, playwright-core or pdf-lib, which only HTML and PDFs need (each takes a large part of a second)', async () => {
    const hook = path.join(temporaryDir(), 'report-modules.cjs');
    writeFileSync(hook, "process.on('exit', () => require('node:fs').writeSync(2, '@@modules ' + JSON.stringify(Object.keys(require.cache))));\n");
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--require', hook, bin, 'search', archiveWithProblem(), 'Mixco', '--json', '--index-dir', temporaryDir()]);
    expect(JSON.parse(stdout).total).toBe(1);
    const loaded = (JSON.parse(stderr.split('@@modules ')[1]!) as string[]).map((file) => file.split(path.sep).join('/'));
    expect(loaded.filter((file) => file.includes('/node_modules/chardet/')).length, 'the report lists packages').toBeGreaterThan(0);
    expect(loaded.filter((file) => /\/node_modules\/(jsdom|playwright-core|pdf-lib)\//.test(file))).toEqual([]);
  });
});

describe('archivo export-pdf', () => {
  it('writes a PDF of the article with its provenance', async () => {
    const root = archiveWithProblem();
    const indexDir = temporaryDir();
    const id = JSON.parse((await cli('search', root, 'Mixco', '--json', '--index-dir', indexDir)).stdout).results[0].id;
    const out = path.join(temporaryDir(), 'seed.pdf');
    const { code, stdout, stderr } = await cli('export-pdf', root, id, '--out', out, '--index-dir', indexDir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Saved .*seed\.pdf \(printing with (Chromium|the Electron runtime)/);
    const text = pdfText(out);
    expect(text).toContain('Guatemalan President Inaugurates Municipal Program');
    expect(text).toContain('Copyright © 2018 Diálogo Americas. All Rights Reserved.');
  }, 60_000);
});

describe('archivo search: sort, filters and paging', () => {
  it('sorts by date, filters by facet values and pages with --offset', async () => {
    const indexDir = temporaryDir();
    const run = async (...extra: string[]) =>
      JSON.parse((await cli('search', SAMPLE_ARCHIVE, 'Mixco OR violence OR violencia OR Pérez', '--json', '--index-dir', indexDir, ...extra)).stdout);
    const newest = await run('--sort', 'newest', '--limit', '50');
    const dates = newest.results.map((hit: { date: string | null }) => hit.date).filter(Boolean);
    expect(dates.length).toBeGreaterThan(2);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(newest.facets.language.map((facet: { value: string }) => facet.value)).toEqual(expect.arrayContaining(['en', 'es']));

    const spanish = await run('--lang', 'es', '--limit', '50');
    expect(spanish.total).toBeGreaterThan(0);
    expect(spanish.results.every((hit: { language: string }) => hit.language === 'es')).toBe(true);

    const second = await run('--limit', '1', '--offset', '1');
    expect(second.results[0].id).toBe((await run('--limit', '2')).results[1].id);
  });

  it('refuses a sort or a year it does not know', async () => {
    expect((await cli('search', SAMPLE_ARCHIVE, 'Mixco', '--sort', 'random')).stderr).toMatch(/--sort must be one of relevance, newest, oldest/);
    expect((await cli('search', SAMPLE_ARCHIVE, 'Mixco', '--year', '12')).stderr).toMatch(/--year takes a year like 2012/);
  });
});
