import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../archive/catalog';
import type { ReadResult } from '../../../archive/formats/reader';
import { MemoryStore } from '../../../archive/engine/segment';
import { loadCatalog, saveCatalog, saveSealedSegments } from '../../../archive/index/persist-catalog';
import { temporaryDir } from '../library/archive-fixture';

function fileOf(title: string): ReadResult {
  const article = { title, summary: null, author: null, date: null, dateRaw: null, source: null, url: null, copyright: null, language: 'en' as const, body: [`${title} was reported in the morning.`] };
  return { articles: [{ article, format: 'plain-text', encoding: 'utf-8' }], problems: [] };
}

describe('saving segments during a long pass', () => {
  it('moves sealed articles to disk early, and the saved index lists each segment once', async () => {
    const dir = temporaryDir();
    const indexFile = path.join(dir, 'archive.archivo-index');
    const catalog = Catalog.empty();
    catalog.putFile({ path: 'a.txt', size: 1, mtimeMs: 1 }, fileOf('Frost destroys the harvest'));
    catalog.engine.flush();
    catalog.putFile({ path: 'b.txt', size: 1, mtimeMs: 1 }, fileOf('Port strike ends'));
    await saveSealedSegments(indexFile, catalog);
    // The sealed segment now reads from its file; the pending article is not sealed by an early save.
    const [first] = catalog.engine.sealedSegments();
    expect(catalog.engine.sealedSegments()).toHaveLength(1);
    expect(first!.store).not.toBeInstanceOf(MemoryStore);
    const segmentFiles = () => readdirSync(dir).filter((name) => name.endsWith('.archivo-segment'));
    expect(segmentFiles()).toHaveLength(1);
    const id = (file: string) => [...catalog.allFiles()].find((record) => record.path === file)!.ids[0]!;
    expect(catalog.getArticle(id('a.txt'))?.title).toBe('Frost destroys the harvest');

    await saveCatalog(indexFile, dir, catalog);
    const loaded = await loadCatalog(indexFile, dir);
    expect(loaded.reason).toBeNull();
    expect(loaded.catalog!.getArticle(id('a.txt'))?.title).toBe('Frost destroys the harvest');
    expect(loaded.catalog!.getArticle(id('b.txt'))?.title).toBe('Port strike ends');
    // Every segment file on disk is one the saved index lists: nothing left over.
    expect(segmentFiles().length).toBe(loaded.catalog!.engine.sealedSegments().length);
    loaded.catalog!.engine.close();
    catalog.engine.close();
  });
});
