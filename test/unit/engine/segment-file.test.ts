import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../../../archive/engine/search-engine';
import { readSegmentFile, writeSegmentFile } from '../../../archive/engine/segment-file';
import { SnapshotUnusableError } from '../../../archive/index/snapshot-file';
import { temporaryDir } from '../library/archive-fixture';
import { engineDoc, hexId, query } from './engine-fixture';

/** Where the postings start: after the 256-byte header and the resident part whose size it gives. */
function postingsOffset(bytes: Buffer): number {
  return 256 + Number(bytes.subarray(0, 256).toString('latin1').split(' ')[2]);
}

async function savedSegment() {
  const engine = new SearchEngine();
  engine.add(engineDoc({ id: hexId(1), title: 'Pérez visits Mixco', body: 'The Secure Municipality program.', date: '2012-02-17', source: 'Diálogo' }));
  engine.add(engineDoc({ id: hexId(2), title: 'Frost in Huila', body: 'Coffee growers count losses.', language: 'es' }));
  const { segment } = engine.segments()[0]!;
  const file = path.join(temporaryDir(), 'test.archivo-segment');
  const checksum = await writeSegmentFile(file, segment);
  return { file, checksum };
}

describe('segment files', () => {
  it('read back to the same index, articles read from disk on demand', async () => {
    const { file, checksum } = await savedSegment();
    const segment = readSegmentFile(file, checksum);
    const engine = new SearchEngine([{ segment, deleted: new Uint8Array(segment.docCount) }]);
    expect(engine.search(query('"secure municipality" perez'), { offset: 0, limit: 5, sort: 'relevance' }).hits.map((hit) => hit.id)).toEqual([hexId(1)]);
    expect(engine.search(query('date:2012 source:dialogo'), { offset: 0, limit: 5, sort: 'relevance' }).total).toBe(1);
    expect(JSON.parse(Buffer.from(engine.readStored(hexId(2))!).toString('utf8')).title).toBe('Frost in Huila');
    engine.close();
  });

  it('write every article intact, whether or not it lies next to the one before it in memory', async () => {
    // As encodeNewArticle hands them out, most articles are views side by side in one buffer; here
    // runs of such views alternate with articles of their own, across several write batches (4 MB).
    const shared = Buffer.alloc(8 * 1024 * 1024);
    let used = 0;
    const engine = new SearchEngine();
    const expected: Buffer[] = [];
    for (let n = 0; n < 1200; n++) {
      const article = Buffer.from(JSON.stringify({ n, text: `article ${n} `.repeat(40 + ((n * 37) % 900)) }));
      let stored: Uint8Array = article;
      if (n % 7 !== 3 && used + article.length <= shared.length) {
        stored = shared.subarray(used, used + article.length);
        article.copy(stored);
        used += article.length;
      }
      expected.push(article);
      engine.add({ ...engineDoc({ id: hexId(n), title: `Article ${n}`, body: 'Text.' }), stored });
    }
    expect(used).toBeGreaterThan(5 * 1024 * 1024);
    const file = path.join(temporaryDir(), 'views.archivo-segment');
    const checksum = await writeSegmentFile(file, engine.segments()[0]!.segment);
    const segment = readSegmentFile(file, checksum);
    const saved = new SearchEngine([{ segment, deleted: new Uint8Array(segment.docCount) }]);
    expected.forEach((article, n) => expect(Buffer.from(saved.readStored(hexId(n))!).equals(article), `article ${n}`).toBe(true));
    expect(await segment.store.verify()).toBe(true);
    saved.close();
  });

  it.each([
    ['truncated', (bytes: Buffer) => bytes.subarray(0, bytes.length - 7)],
    ['damaged', (bytes: Buffer) => Buffer.concat([bytes.subarray(0, 300), Buffer.from([bytes[300]! ^ 0xff]), bytes.subarray(301)])],
    ['foreign', () => Buffer.from('PK\u0003\u0004 not an index at all'.padEnd(400, ' '))],
    ['empty', () => Buffer.alloc(0)],
  ])('are refused when %s', async (_name, corrupt) => {
    const { file, checksum } = await savedSegment();
    writeFileSync(file, corrupt(readFileSync(file)));
    expect(() => readSegmentFile(file, checksum)).toThrow(SnapshotUnusableError);
  });

  it.each([
    ['postings', postingsOffset],
    ['articles', (bytes: Buffer) => bytes.indexOf('Frost in Huila')],
  ])('are loaded without reading their %s, which the background check then finds damaged', async (_name, where) => {
    const { file, checksum } = await savedSegment();
    const bytes = readFileSync(file);
    const at = where(bytes);
    bytes[at] = bytes[at]! ^ 0x55;
    writeFileSync(file, bytes);
    const segment = readSegmentFile(file, checksum);
    expect(await segment.store.verify()).toBe(false);
    segment.store.close();
    const intact = await savedSegment();
    const good = readSegmentFile(intact.file, intact.checksum);
    expect(await good.store.verify()).toBe(true);
    good.store.close();
  });

  it('are refused when they are not the version the manifest names', async () => {
    const { file } = await savedSegment();
    expect(() => readSegmentFile(file, 'f'.repeat(64))).toThrow(/another version/);
  });
});
