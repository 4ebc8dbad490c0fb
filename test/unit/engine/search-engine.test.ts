import { describe, expect, it } from 'vitest';
import { SearchEngine, type EngineQuery } from '../../../archive/engine/search-engine';
import { SegmentBuilder } from '../../../archive/engine/segment-builder';
import { engineDoc, hexId, query, type TestDoc } from './engine-fixture';

const PAGE: EngineQuery = { offset: 0, limit: 10, sort: 'relevance' };

const DOCS: TestDoc[] = [
  { id: hexId(1), title: 'Secure Municipality program starts in Mixco', body: 'The president inaugurated the program against violence.', date: '2012-02-17', source: 'Diálogo', author: 'Ana Gómez' },
  { id: hexId(2), title: 'Municipality budget', body: 'A secure vault for the municipality; elections next year.', date: '2015-03-03', source: 'Diálogo' },
  { id: hexId(3), title: 'Elección en Mixco', body: 'Las elecciones municipales fueron violentas.', date: '2011-07-05', language: 'es', source: 'El Diario' },
  { id: hexId(4), title: 'Coffee harvest', body: 'Frost destroyed a third of the harvest. The election of a new board followed.', source: 'Agro News' },
];

function engineWith(docs: readonly TestDoc[]): SearchEngine {
  const engine = new SearchEngine();
  for (const doc of docs) engine.add(engineDoc(doc));
  return engine;
}

const ids = (engine: SearchEngine, text: string, request: EngineQuery = PAGE) => engine.search(query(text), request).hits.map((hit) => hit.id);

describe('SearchEngine', () => {
  it('matches a phrase only when its words are adjacent and in order', () => {
    const engine = engineWith(DOCS);
    expect(ids(engine, '"secure municipality"')).toEqual([hexId(1)]);
    expect(ids(engine, '"municipality secure"')).toEqual([]);
    // Both words, not adjacent: an AND finds it, the phrase does not.
    expect(ids(engine, 'secure municipality').sort()).toEqual([hexId(1), hexId(2)]);
  });

  it('keeps stop-words as gaps inside phrases', () => {
    const engine = engineWith(DOCS);
    expect(ids(engine, '"third of the harvest"')).toEqual([hexId(4)]);
    expect(ids(engine, '"third harvest"')).toEqual([]);
  });

  it('finds words of the same stem, per language, and ranks the exact word first', () => {
    const engine = engineWith(DOCS);
    expect(ids(engine, 'elections')).toEqual([hexId(2), hexId(4)]);
    expect(ids(engine, 'violentas')).toEqual([hexId(3)]);
    expect(ids(engine, 'violento')).toEqual([hexId(3)]);
  });

  it('limits a word to a field, and filters by date and language', () => {
    const engine = engineWith(DOCS);
    expect(ids(engine, 'title:municipality').sort()).toEqual([hexId(1), hexId(2)]);
    expect(ids(engine, 'title:violence')).toEqual([]);
    expect(ids(engine, 'author:gomez')).toEqual([hexId(1)]);
    expect(ids(engine, 'mixco date:2012')).toEqual([hexId(1)]);
    expect(ids(engine, 'mixco before:2012')).toEqual([hexId(3)]);
    expect(ids(engine, 'date:2011..2015-02').sort()).toEqual([hexId(1), hexId(3)]);
    expect(ids(engine, 'mixco lang:es')).toEqual([hexId(3)]);
  });

  it('matches prefixes and fuzzy words, not short fuzzy ones', () => {
    const engine = engineWith(DOCS);
    expect(ids(engine, 'municip*').sort()).toEqual([hexId(1), hexId(2), hexId(3)]);
    expect(ids(engine, 'harvset~')).toEqual([hexId(4)]);
    expect(ids(engine, 'mixko~1').sort()).toEqual([hexId(1), hexId(3)]);
  });

  it('expands a prefix or a fuzzy word that is itself too common to index: "again*" finds against, "fue*" fueron, "para~1" paro', () => {
    const engine = engineWith([...DOCS, { id: hexId(5), title: 'Paro nacional de transporte', body: 'El paro sigue.', language: 'es' }]);
    // "again", "fue" and "para" are stop-words; "against", "fueron" and "paro" are indexed.
    expect(ids(engine, 'again*')).toEqual([hexId(1)]);
    expect(ids(engine, 'mixco again*')).toEqual([hexId(1)]);
    expect(ids(engine, 'fue*')).toEqual([hexId(3)]);
    expect(ids(engine, 'para~1')).toEqual([hexId(5)]);
    // Alone, the common word itself still constrains nothing.
    expect(engine.plan(query('again'))).toBeNull();
  });

  it('ranks a headline match above a body match', () => {
    const engine = engineWith(DOCS);
    expect(ids(engine, 'frost OR coffee')[0]).toBe(hexId(4));
    expect(ids(engine, 'municipality')[0]).toBe(hexId(2));
  });

  it('sorts by date either way, undated articles last', () => {
    const engine = engineWith(DOCS);
    expect(ids(engine, 'election OR elections OR mixco', { ...PAGE, sort: 'newest' })).toEqual([hexId(1), hexId(2), hexId(3), hexId(4)].sort((a, b) => dateOf(b) - dateOf(a)));
    expect(ids(engine, 'election OR elections OR mixco', { ...PAGE, sort: 'oldest' })).toEqual([hexId(3), hexId(1), hexId(2), hexId(4)]);
  });

  it('counts facets over the whole result set, not the page, and filters by them', () => {
    const engine = engineWith(DOCS);
    const result = engine.search(query('municipality OR mixco OR harvest'), { ...PAGE, limit: 1 });
    expect(result.total).toBe(4);
    expect(result.hits).toHaveLength(1);
    expect(result.facets.source).toEqual([
      { value: 'Diálogo', count: 2 },
      { value: 'Agro News', count: 1 },
      { value: 'El Diario', count: 1 },
    ]);
    expect(result.facets.year.map((year) => year.value)).toEqual(['2015', '2012', '2011']);
    const filtered = engine.search(query('municipality OR mixco OR harvest'), { ...PAGE, filters: { source: ['Diálogo'], year: [2015] } });
    expect(filtered.hits.map((hit) => hit.id)).toEqual([hexId(2)]);
  });

  it('forgets removed documents, and merging segments keeps every answer', () => {
    const engine = engineWith(DOCS.slice(0, 2));
    engine.flush();
    engine.add(engineDoc(DOCS[2]!));
    engine.flush();
    engine.add(engineDoc(DOCS[3]!));
    engine.remove(hexId(2));
    expect(ids(engine, 'municipality')).toEqual([hexId(1)]);
    const before = ['mixco', '"secure municipality"', 'election*', 'harvest date:2012'].map((text) => ids(engine, text));
    engine.compact(1);
    expect(engine.segments()).toHaveLength(1);
    expect(['mixco', '"secure municipality"', 'election*', 'harvest date:2012'].map((text) => ids(engine, text))).toEqual(before);
    expect(engine.documentCount).toBe(3);
  });

  it('finds an article changed back and forth by its id, whichever segment holds its live copy', () => {
    const engine = engineWith(DOCS);
    // Removed and added again before its segment is sealed: the segment holds the id twice, one deleted.
    engine.remove(hexId(1));
    engine.add(engineDoc({ ...DOCS[0]!, title: 'Secure Municipality program ends in Mixco' }));
    engine.flush();
    expect(engine.documentCount).toBe(4);
    expect(engine.has(hexId(1))).toBe(true);
    const first = engine.locate(hexId(1))!;
    expect(first.segment.data.ids[first.local]).toBe(hexId(1));
    expect(first.segment.data.ids.filter((id) => id === hexId(1))).toHaveLength(2);
    expect(ids(engine, 'ends')).toEqual([hexId(1)]);
    expect(ids(engine, 'starts')).toEqual([]);
    // Removed from a sealed segment and added to the next one.
    engine.remove(hexId(1));
    expect(engine.has(hexId(1))).toBe(false);
    expect(engine.readStored(hexId(1))).toBeNull();
    engine.add(engineDoc(DOCS[0]!));
    engine.flush();
    expect(engine.locate(hexId(1))!.segment).not.toBe(first.segment);
    expect(ids(engine, 'starts')).toEqual([hexId(1)]);
    expect(engine.documentCount).toBe(4);
    engine.compact(1);
    expect(engine.documentCount).toBe(4);
    expect(ids(engine, 'starts')).toEqual([hexId(1)]);
    expect(engine.has(hexId(9))).toBe(false);
  });

  it('counts articles indexed in another thread at once, and makes only those expected live when their batch arrives', () => {
    const engine = engineWith([DOCS[0]!]);
    // What a thread built: document 1 is a second copy of one already indexed here, document 3 was removed meanwhile.
    const thread = new SegmentBuilder();
    for (const doc of [DOCS[1]!, DOCS[0]!, DOCS[2]!, DOCS[3]!]) thread.add(engineDoc(doc));
    engine.expect(hexId(2), 'w0.0', 0);
    engine.expect(hexId(1), 'w0.0', 1);
    engine.expect(hexId(3), 'w0.0', 2);
    engine.expect(hexId(4), 'w0.0', 3);
    engine.remove(hexId(4));
    expect(engine.documentCount).toBe(3);
    expect([hexId(1), hexId(2), hexId(3), hexId(4)].map((id) => engine.has(id))).toEqual([true, true, true, false]);
    // Not searchable until their segment is attached.
    expect(ids(engine, 'municipality')).toEqual([hexId(1)]);
    engine.attachBatch('w0.0', thread.seal());
    expect(engine.documentCount).toBe(3);
    expect(ids(engine, 'municipality').sort()).toEqual([hexId(1), hexId(2)]);
    expect(ids(engine, 'mixco').sort()).toEqual([hexId(1), hexId(3)]);
    expect(ids(engine, 'harvest')).toEqual([]);
    // The live copy of article 1 is the first one.
    expect(engine.locate(hexId(1))!.segment).toBe(engine.segments()[0]!.segment);
  });

  it('refuses a batch whose documents are not the ones expected', () => {
    const engine = new SearchEngine();
    const thread = new SegmentBuilder();
    thread.add(engineDoc(DOCS[0]!));
    engine.expect(hexId(2), 'w1.0', 0);
    expect(() => engine.attachBatch('w1.0', thread.seal())).toThrow(/batch w1.0: document 0 is not 0000000000000002/);
  });

  it('returns the best of many with a heap exactly as a full sort would', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ id: hexId(i + 10), title: `Report ${i}`, body: `${'flood '.repeat((i * 7) % 13 + 1)}river town ${i}` }));
    const engine = engineWith(many);
    const all = engine.search(query('flood'), { ...PAGE, limit: 300 }).hits;
    const page = engine.search(query('flood'), { ...PAGE, offset: 20, limit: 10 }).hits;
    expect(page.map((hit) => hit.id)).toEqual(all.slice(20, 30).map((hit) => hit.id));
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.score).toBeGreaterThanOrEqual(all[i]!.score);
  });
});

function dateOf(id: string): number {
  const date = DOCS.find((doc) => doc.id === id)?.date;
  return date ? Number(date.replaceAll('-', '')) : 0;
}
