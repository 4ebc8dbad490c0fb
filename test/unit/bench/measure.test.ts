import { describe, expect, it } from 'vitest';
import { percentile } from '../../bench/measure';
import { latencies, sharedPercentile } from '../../bench/report';
import type { QueryResult } from '../../bench/child';

describe('percentile (nearest rank)', () => {
  const samples = [15, 20, 35, 40, 50];

  it('gives the sample at rank ceil(p/100 × n), in any input order', () => {
    expect(percentile([50, 15, 40, 20, 35], 50)).toBe(35);
    expect(percentile(samples, 40)).toBe(20);
    expect(percentile(samples, 95)).toBe(50);
    expect(percentile(samples, 100)).toBe(50);
    expect(percentile(samples, 1)).toBe(15);
  });

  it('on 100 samples 1..100, p95 is 95 and p50 is 50', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 50)).toBe(50);
  });

  it('one slow query in twenty is below p95, two are not', () => {
    expect(percentile([...Array(19).fill(1), 900], 95)).toBe(1);
    expect(percentile([...Array(18).fill(1), 900, 900], 95)).toBe(900);
  });

  it('is NaN with no samples and rejects p outside (0, 100]', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile(samples, 0)).toThrow(RangeError);
    expect(() => percentile(samples, 101)).toThrow(RangeError);
  });
});

function result(queries: QueryResult['queries']): QueryResult {
  const memory = { heapMB: 0, externalMB: 0, rssMB: 0 };
  return { phase: 'query', docs: 1, openMs: 1, firstResultsMs: 1, afterLoad: memory, afterQueries: memory, peakRssMB: 0, queries };
}

describe('latencies compared between engines', () => {
  const archivo = result([
    { hits: 10, ms: [1, 2] },
    { hits: 3, ms: [40, 50] },
    { hits: 1, ms: [5] },
  ]);
  const peer = result([
    { hits: 10, ms: [3, 4] },
    { hits: 0, unsupported: 'no phrase search', ms: [] },
    { hits: 1, ms: [6] },
  ]);

  it('leaves out the queries an engine could not answer', () => {
    expect(latencies(peer).sort((a, b) => a - b)).toEqual([3, 4, 6]);
  });

  it('compares p95 over the queries both engines answered, so skipping a slow kind earns no credit', () => {
    expect(sharedPercentile(archivo, peer, 95)).toEqual([5, 6]);
    expect(percentile(latencies(archivo), 95)).toBe(50);
  });
});
