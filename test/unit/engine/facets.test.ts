import { describe, expect, it } from 'vitest';
import type { FacetCount, SearchFacets, SearchFilters } from '../../../archive/model/article';
import { SearchEngine, type EngineQuery } from '../../../archive/engine/search-engine';
import { engineDoc, hexId, query, type TestDoc } from './engine-fixture';

const PAGE: EngineQuery = { offset: 0, limit: 500, sort: 'relevance' };
const SOURCES = ['Diálogo', 'El Diario', 'Agro News', 'Folha do Sul'];
const LANGUAGES = ['en', 'es', 'pt'];
const AUTHORS = ['Ana Gómez', 'Luis Pérez'];

/** 120 articles on Mixco spread unevenly over sources, languages, authors and years, plus some on other things. */
function archive(): TestDoc[] {
  const docs: TestDoc[] = [];
  for (let i = 0; i < 120; i++) {
    docs.push({
      id: hexId(i + 1),
      title: `Mixco report ${i}`,
      body: 'The council of Mixco met again.',
      source: SOURCES[i % 4]!,
      language: LANGUAGES[(i * 7) % 3 === 0 ? 0 : i % 5 === 0 ? 2 : 1]!,
      ...(i % 3 === 2 ? {} : { author: AUTHORS[i % 2]! }),
      ...(i % 11 === 0 ? {} : { date: `${2010 + (i % 6)}-0${1 + (i % 9)}-15` }),
    });
  }
  for (let i = 0; i < 30; i++) docs.push({ id: hexId(1000 + i), title: `Coffee harvest ${i}`, body: 'Frost.', source: SOURCES[i % 4]!, date: '2013-05-05' });
  return docs;
}

/** The archive in three segments, so counts must add up across them. */
function engineWith(docs: readonly TestDoc[]): SearchEngine {
  const engine = new SearchEngine();
  docs.forEach((doc, i) => {
    engine.add(engineDoc(doc));
    if (i % 50 === 49) engine.flush();
  });
  return engine;
}

const countOf = (facet: readonly FacetCount[], value: string): number | undefined => facet.find((entry) => entry.value === value)?.count;

describe('disjunctive facet counts', () => {
  const engine = engineWith(archive());
  const mixco = query('mixco');
  const search = (filters: SearchFilters) => engine.search(mixco, { ...PAGE, filters });

  it('keeps the other sources listed with the counts they would add once one is ticked', () => {
    const all = search({});
    expect(all.total).toBe(120);
    const ticked = search({ source: ['Diálogo'] });
    expect(ticked.total).toBe(30);
    expect(ticked.hits).toHaveLength(30);
    expect(ticked.facets.source).toEqual(all.facets.source);
    expect(ticked.facets.source.map((entry) => entry.count)).toEqual([30, 30, 30, 30]);
    // Other facets narrow to the ticked source.
    expect(ticked.facets.language.reduce((sum, entry) => sum + entry.count, 0)).toBe(30);
    // Adding a second source adds exactly what its count said.
    expect(search({ source: ['Diálogo', 'El Diario'] }).total).toBe(30 + countOf(ticked.facets.source, 'El Diario')!);
  });

  it('counts each facet over the results filtered by every other facet but not by itself', () => {
    const filters: SearchFilters = { source: ['Diálogo', 'Agro News'], language: ['es'], year: ['2012', 2014], author: ['Ana Gómez'] };
    const result = search(filters);
    expect(result.total).toBeGreaterThan(0);
    const every: Record<keyof SearchFacets, readonly string[]> = { source: SOURCES, language: LANGUAGES, author: AUTHORS, year: ['2010', '2011', '2012', '2013', '2014', '2015'] };
    let unticked = 0;
    for (const facet of ['source', 'language', 'year', 'author'] as const) {
      for (const value of every[facet]) {
        // Ticking only this value in this facet gives exactly the count shown (unlisted: none).
        const shown = countOf(result.facets[facet], value) ?? 0;
        expect(search({ ...filters, [facet]: [value] }).total, `${facet} ${value}`).toBe(shown);
        if (!filters[facet]!.map(String).includes(value)) unticked += shown;
      }
    }
    expect(unticked, 'values not ticked still show what they would add').toBeGreaterThan(0);
    // The total and the hits stay filtered by every facet.
    const expected = archive().filter(
      (doc) =>
        doc.title.startsWith('Mixco') &&
        filters.source!.includes(doc.source!) &&
        doc.language === 'es' &&
        (doc.date?.startsWith('2012') || doc.date?.startsWith('2014')) &&
        doc.author === 'Ana Gómez',
    );
    expect(result.hits.map((hit) => hit.id).sort()).toEqual(expected.map((doc) => doc.id).sort());
    expect(result.total).toBe(expected.length);
  });

  it('changes the source counts when a language is ticked, and the language counts when a source is', () => {
    const spanish = search({ language: ['es'] });
    const bySource = search({}).facets.source;
    expect(spanish.facets.source.reduce((sum, entry) => sum + entry.count, 0)).toBe(spanish.total);
    expect(spanish.facets.source).not.toEqual(bySource);
    expect(spanish.facets.language).toEqual(search({}).facets.language);
    const both = search({ language: ['es'], source: ['El Diario'] });
    expect(countOf(both.facets.source, 'Diálogo')).toBe(countOf(spanish.facets.source, 'Diálogo'));
    expect(both.facets.language).toEqual(search({ source: ['El Diario'] }).facets.language);
  });

  it('always lists the chosen values, at 0 when nothing matches them', () => {
    const result = search({ source: ['Nowhere Gazette'], year: ['1999'], language: ['es'] });
    expect(result.total).toBe(0);
    expect(result.hits).toEqual([]);
    expect(result.facets.source).toContainEqual({ value: 'Nowhere Gazette', count: 0 });
    expect(result.facets.year).toContainEqual({ value: '1999', count: 0 });
    // Spanish articles exist, but none in the chosen source and year.
    expect(result.facets.language).toContainEqual({ value: 'es', count: 0 });
    // A query that matches nothing at all still lists them.
    const none = engine.search(query('zanzibar'), { ...PAGE, filters: { source: ['Diálogo'] } });
    expect(none.facets.source).toEqual([{ value: 'Diálogo', count: 0 }]);
  });

  it('lists a chosen value past the 30 largest with its count', () => {
    const many = engineWith(
      Array.from({ length: 40 }, (_, i) => ({ id: hexId(5000 + i), title: `Mixco note ${i}`, body: 'Mixco.', author: `Writer ${String(i).padStart(2, '0')}` })),
    );
    expect(many.search(mixco, PAGE).facets.author).toHaveLength(30);
    const chosen = many.search(mixco, { ...PAGE, filters: { author: ['Writer 39'] } });
    expect(chosen.total).toBe(1);
    expect(chosen.facets.author).toHaveLength(31);
    expect(chosen.facets.author).toContainEqual({ value: 'Writer 39', count: 1 });
  });

  it('counts only what the query matched, and leaves out excluded articles', () => {
    const result = engine.search(query('frost'), { ...PAGE, filters: { source: ['Diálogo'] } });
    expect(result.total).toBe(8);
    expect(result.facets.source.map((entry) => entry.count)).toEqual([8, 8, 7, 7]);
    const without = engine.search(query('frost'), { ...PAGE, filters: { source: ['Diálogo'] }, exclude: new Set([hexId(1001)]) });
    expect(countOf(without.facets.source, 'El Diario')).toBe(7);
  });
});
