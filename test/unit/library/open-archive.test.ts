import { readdirSync, readFileSync, realpathSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEGMENT_FORMAT_VERSION } from '../../../archive/engine/segment-file';
import { indexFileFor } from '../../../archive/index/cache-dir';
import { openArchive, startArchive } from '../../../archive/library';
import { makeArchive, scrapedArticle, SEED_TEXT, temporaryDir, writeArchiveFile } from './archive-fixture';

const SEED_TITLE = 'Guatemalan President Inaugurates Municipal Program against Violence';

/** Rewrites every segment file of a saved index through `edit`. */
function editSegments(indexDir: string, edit: (bytes: Buffer) => void): void {
  for (const name of readdirSync(indexDir).filter((entry) => entry.endsWith('.archivo-segment'))) {
    const file = path.join(indexDir, name);
    const bytes = readFileSync(file);
    edit(bytes);
    writeFileSync(file, bytes);
  }
}

function seedArchive(extra: Record<string, string | Uint8Array> = {}): string {
  return makeArchive({
    'guatemala/seed.txt': SEED_TEXT,
    'colombia/coffee.txt': scrapedArticle('Coffee Growers Count Losses After Frost', [
      'Farmers in Huila said the frost destroyed a third of the harvest.',
      'The cooperative asked the government for emergency credit.',
    ]),
    ...extra,
  });
}

describe('openArchive', () => {
  it('reads every article of a folder tree and finds them by word, accent- and case-insensitively', async () => {
    const library = await openArchive(seedArchive(), { indexDir: temporaryDir() });
    expect(library.summary).toMatchObject({ articles: 2, files: 2, problems: [], fromCache: false });

    const mixco = library.search('Mixco');
    expect(mixco.total).toBe(1);
    expect(mixco.results[0]).toMatchObject({ title: SEED_TITLE, date: '2012-02-17', source: 'Diálogo Americas', path: 'guatemala/seed.txt' });
    expect(mixco.results[0]!.snippet.highlights.length).toBeGreaterThan(0);

    expect(library.search('perez').total).toBe(1);
    expect(library.search('DIALOGO').total).toBe(1);
    expect(library.search('gómez').results.map((hit) => hit.title)).toEqual(['Coffee Growers Count Losses After Frost']);
  });

  it('ANDs words, honours OR, exclusions, prefixes and exact phrases', async () => {
    const library = await openArchive(seedArchive(), { indexDir: temporaryDir() });
    expect(library.search('Mixco frost').total).toBe(0);
    expect(library.search('Mixco OR frost').total).toBe(2);
    expect(library.search('government -Mixco').results.map((hit) => hit.title)).toEqual(['Coffee Growers Count Losses After Frost']);
    expect(library.search('municip*').total).toBe(1);
    expect(library.search('"Secure Municipality"').total).toBe(1);
    expect(library.search('“Municipality Secure”').total).toBe(0);
    expect(library.search('"Secure Municipality').error).toMatch(/never closed/);
  });

  it('says a search of only common words looks for nothing, instead of finding nothing', async () => {
    const library = await openArchive(seedArchive(), { indexDir: temporaryDir() });
    const common = library.search('the of');
    expect(common.total).toBe(0);
    expect(common.error).toBe('"the", "of" are too common to be searched on their own (the index leaves them out): add another word, or a phrase that holds them.');
    expect(library.search('"de"').error).toMatch(/^"de" is too common a word/);
    // Beside another word they are only left out.
    expect(library.search('the Mixco').error).toBeUndefined();
    expect(library.search('the Mixco').total).toBe(library.search('Mixco').total);
    expect(library.search('Mixco').total).toBeGreaterThan(0);
  });

  it('finds an article by its words and shows its text exactly when it holds a lone surrogate (stored as UTF-16)', async () => {
    // JSON can escape half a surrogate pair; the article keeps it, as the source had it.
    const record = '{"title":"Frost report","maintext":"Growers in Huila \\ud83d lost the harvest."}';
    const library = await openArchive(makeArchive({ 'feed.jsonl': `${record}\n` }), { indexDir: temporaryDir() });
    const [hit] = library.search('huila harvest').results;
    expect(hit?.title).toBe('Frost report');
    expect(library.search('"lost the harvest"').total).toBe(1);
    expect(library.getArticle(hit!.id)?.body).toEqual(['Growers in Huila \ud83d lost the harvest.']);
  });

  it('ranks a headline match above a body match', async () => {
    const library = await openArchive(
      makeArchive({
        'a.txt': scrapedArticle('Drought Hits the Coast', ['Fishermen report empty nets.']),
        'b.txt': scrapedArticle('Harvest Report', ['A drought is feared next year, officials said.']),
      }),
      { indexDir: temporaryDir() },
    );
    expect(library.search('drought').results.map((hit) => hit.title)).toEqual(['Drought Hits the Coast', 'Harvest Report']);
  });

  it('shows the same article saved twice once, with both locations', async () => {
    const library = await openArchive(seedArchive({ 'copies/seed-again.txt': SEED_TEXT }), { indexDir: temporaryDir() });
    expect(library.summary.articles).toBe(2);
    const [hit] = library.search('Mixco').results;
    expect(hit!.duplicates).toBe(2);
    expect(library.getArticle(hit!.id)!.locations.map((location) => location.path).sort()).toEqual(['copies/seed-again.txt', 'guatemala/seed.txt']);
  });

  it('gives the same stable id on every run and looks articles up by it', async () => {
    const root = seedArchive();
    const first = (await openArchive(root, { indexDir: temporaryDir() })).search('Mixco').results[0]!.id;
    const second = await openArchive(root, { indexDir: temporaryDir() });
    expect(second.search('Mixco').results[0]!.id).toBe(first);
    expect(second.getArticle(first)!.title).toBe(SEED_TITLE);
    expect(second.getArticle('0000000000000000')).toBeNull();
  });

  it('lists unreadable files as problems and still reads the rest', async () => {
    const library = await openArchive(
      seedArchive({ 'empty.txt': '', 'broken/binary.txt': new Uint8Array([0, 159, 146, 150, 0, 0, 1, 2, 3]) }),
      { indexDir: temporaryDir() },
    );
    expect(library.summary.articles).toBe(2);
    expect(library.summary.problems.map((problem) => problem.path).sort()).toEqual(['broken/binary.txt', 'empty.txt']);
    for (const problem of library.summary.problems) expect(problem.reason.length).toBeGreaterThan(5);
  });

  it('leaves folder READMEs out: they describe the archive, they are not articles', async () => {
    const library = await openArchive(seedArchive({ 'README.TXT': 'About this corpus\n\nResearch use only.', 'es/readme.md': '# Notes' }), {
      indexDir: temporaryDir(),
    });
    expect(library.summary).toMatchObject({ articles: 2, files: 2, problems: [], unread: [] });
  });

  it('says which files it does not read, by kind with a few names each, and forgets them once they are gone', async () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]); // "%PDF-1.7"
    const root = seedArchive({
      'reports/2019.pdf': pdf,
      'reports/2020.PDF': pdf,
      'reports/2021.pdf': pdf,
      'reports/2022.pdf': pdf,
      'interviews/mayor.docx': 'PK',
      'scans/NOTES': 'handwritten notes, typed up',
      '.hidden.pdf': pdf,
      'README.md': '# About this archive',
    });
    const indexDir = temporaryDir();
    const library = await openArchive(root, { indexDir });
    expect(library.summary).toMatchObject({ articles: 2, files: 2, problems: [] });
    expect(library.summary.unread).toEqual([
      { extension: '.pdf', count: 4, examples: ['reports/2019.pdf', 'reports/2020.PDF', 'reports/2021.pdf'] },
      { extension: '', count: 1, examples: ['scans/NOTES'] },
      { extension: '.docx', count: 1, examples: ['interviews/mayor.docx'] },
    ]);
    library.close();

    // Reopened from the saved index, it still says so; a kind removed is no longer listed.
    rmSync(path.join(root, 'interviews'), { recursive: true });
    const reopened = await openArchive(root, { indexDir });
    expect(reopened.summary.fromCache).toBe(true);
    expect(reopened.summary.unread.map((kind) => kind.extension)).toEqual(['.pdf', '']);
    reopened.close();
  });

  it('never writes inside the archive folder', async () => {
    const root = seedArchive();
    const before = readdirSync(root, { recursive: true }).sort();
    await openArchive(root, { indexDir: temporaryDir() });
    expect(readdirSync(root, { recursive: true }).sort()).toEqual(before);
  });

  it('refuses a path that is not a folder with a clear message', async () => {
    const root = seedArchive();
    await expect(openArchive(path.join(root, 'guatemala/seed.txt'), { indexDir: temporaryDir() })).rejects.toThrow(/is a file, not a folder/);
    await expect(openArchive(path.join(root, 'missing'), { indexDir: temporaryDir() })).rejects.toThrow(/Cannot open the archive/);
  });
});

describe('the persisted index', () => {
  it('keeps every location of an article saved twice, and removing one copy drops only that one', async () => {
    const root = seedArchive({ 'copies/seed-again.txt': SEED_TEXT });
    const indexDir = temporaryDir();
    const fresh = await openArchive(root, { indexDir });
    const id = fresh.search('Mixco').results[0]!.id;

    const reused = await openArchive(root, { indexDir });
    expect(reused.rebuildReason).toBeNull();
    expect(reused.summary).toMatchObject({ articles: 2, files: 3, fromCache: true });
    expect(reused.search('Mixco').results[0]!.duplicates).toBe(2);
    expect(reused.getArticle(id)!.locations).toEqual(fresh.getArticle(id)!.locations);

    rmSync(path.join(root, 'guatemala/seed.txt'));
    const updated = await openArchive(root, { indexDir });
    expect(updated.rebuildReason).toBeNull();
    expect(updated.summary).toMatchObject({ articles: 2, files: 2 });
    expect(updated.getArticle(id)).toMatchObject({ path: 'copies/seed-again.txt', locations: [{ path: 'copies/seed-again.txt' }] });
    // And as saved after that change.
    const again = await openArchive(root, { indexDir });
    expect(again.summary.fromCache).toBe(true);
    expect(again.getArticle(id)!.locations).toEqual([{ path: 'copies/seed-again.txt' }]);
  });

  it('is reused when nothing changed, and re-reads only what changed', async () => {
    const root = seedArchive();
    const indexDir = temporaryDir();
    expect((await openArchive(root, { indexDir })).summary.fromCache).toBe(false);

    const reused = await openArchive(root, { indexDir });
    expect(reused.summary.fromCache).toBe(true);
    expect(reused.search('Mixco').total).toBe(1);

    writeArchiveFile(root, 'new/flood.txt', scrapedArticle('Floods Cut Off Mixco Roads', ['Rain fell for three days.']));
    rmSync(path.join(root, 'colombia/coffee.txt'));
    const updated = await openArchive(root, { indexDir });
    expect(updated.summary).toMatchObject({ articles: 2, files: 2, fromCache: false });
    expect(updated.rebuildReason).toBeNull();
    expect(updated.search('Mixco').total).toBe(2);
    expect(updated.search('frost').total).toBe(0);

    // A changed file is re-read even when its size stays the same.
    const flood = path.join(root, 'new/flood.txt');
    writeFileSync(flood, readFileSync(flood, 'utf8').replace('three', 'seven'));
    utimesSync(flood, new Date(), new Date(Date.now() + 5000));
    const edited = await openArchive(root, { indexDir });
    expect(edited.search('seven').total).toBe(1);
    expect(edited.search('three').total).toBe(0);
  });

  it.each([
    ['truncated', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    ['damaged', (bytes: Buffer) => Buffer.concat([bytes.subarray(0, bytes.length - 10), Buffer.from('##########')])],
    ['foreign', () => Buffer.from('{"some":"other program"}')],
    ['empty', () => Buffer.alloc(0)],
  ])('is rebuilt, never trusted, when %s', async (_name, corrupt) => {
    const root = seedArchive();
    const indexDir = temporaryDir();
    await openArchive(root, { indexDir });
    const file = indexFileFor(indexDir, realpathSync(root));
    writeFileSync(file, corrupt(readFileSync(file)));

    const reopened = await openArchive(root, { indexDir });
    expect(reopened.summary).toMatchObject({ articles: 2, fromCache: false });
    expect(reopened.rebuildReason).toMatch(/saved index/);
    expect(reopened.search('Mixco').total).toBe(1);
    expect((await openArchive(root, { indexDir })).summary.fromCache).toBe(true);
  });

  it('is rebuilt, not misread, when its segments were saved in an older format', async () => {
    const root = seedArchive();
    const indexDir = temporaryDir();
    await openArchive(root, { indexDir });
    // What an older version wrote: the same header ("ARCHIVO-SEGMENT <format> ...") with its own format.
    editSegments(indexDir, (bytes) => bytes.write(`ARCHIVO-SEGMENT ${SEGMENT_FORMAT_VERSION - 1} `, 0, 'latin1'));
    const reopened = await openArchive(root, { indexDir });
    expect(reopened.rebuildReason).toContain(`has format ${SEGMENT_FORMAT_VERSION - 1}, this version needs ${SEGMENT_FORMAT_VERSION}`);
    expect(reopened.summary).toMatchObject({ articles: 2, fromCache: false });
    const [hit] = reopened.search('Mixco').results;
    expect(reopened.getArticle(hit!.id)?.title).toBe(SEED_TITLE);
  });

  it('is searchable before its postings are checked, and rebuilt when that check fails', async () => {
    const root = seedArchive();
    const indexDir = temporaryDir();
    await openArchive(root, { indexDir });
    // Damage the postings of every segment: loading does not read them, the background check does.
    editSegments(indexDir, (bytes) => {
      const postings = 256 + Number(bytes.subarray(0, 256).toString('latin1').split(' ')[2]);
      bytes[postings] = bytes[postings]! ^ 0xff;
    });
    const reopened = await startArchive(root, { indexDir });
    expect(reopened.summary.fromCache).toBe(true);
    await reopened.ready;
    expect(reopened.rebuildReason).toMatch(/damaged \(checksum mismatch\)/);
    expect(reopened.summary).toMatchObject({ articles: 2, fromCache: false });
    expect(reopened.search('Mixco').total).toBe(1);
    expect((await openArchive(root, { indexDir })).rebuildReason).toBeNull();
  });

  it('keeps working when the index folder cannot be written, and says so', async () => {
    // A file where the index folder should be: fails for every user, root included (root ignores modes).
    const blocker = path.join(temporaryDir(), 'not-a-folder');
    writeFileSync(blocker, 'x');
    const library = await openArchive(seedArchive(), { indexDir: blocker });
    expect(library.summary.articles).toBe(2);
    expect(library.saveError).toBeTruthy();
  });
});
