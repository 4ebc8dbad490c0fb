import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachTerm } from '../../../archive/analysis/analyzer';
import { FIELD_COUNT } from '../../../archive/engine/fields';
import { phrasePositions, readPhrasePostings } from '../../../archive/engine/postings';
import { documentText, SegmentBuilder, type EngineDocument } from '../../../archive/engine/segment-builder';
import type { Segment } from '../../../archive/engine/segment';
import { allTerms } from '../../../archive/engine/term-dictionary';

/** What a document's fields should index: per field, each term's positions, and the field's length in words. */
type Indexed = { terms: Record<string, number[]>; length: number }[];

/** The analyser's own reading of each field, its parts joined by a blank line. */
function expected(fields: string[][]): Indexed {
  return fields.map((parts) => {
    const terms: Record<string, number[]> = {};
    const length = forEachTerm(parts.join('\n\n'), (term, position) => (terms[term] ??= []).push(position));
    return { terms, length };
  });
}

/** What the segment holds for each document, read back through its postings. */
function indexed(segment: Segment): Indexed[] {
  const docs: Indexed[] = Array.from({ length: segment.docCount }, (_, local) =>
    Array.from({ length: FIELD_COUNT }, (_, field) => ({ terms: {}, length: segment.fieldLength(local, field) })),
  );
  allTerms(segment.data.terms).forEach((term, t) => {
    const list = readPhrasePostings(segment, t);
    list.docs.forEach((doc, i) => {
      for (let field = 0; field < FIELD_COUNT; field++) {
        const into = new Int32Array(list.tfs[i * FIELD_COUNT + field]!);
        if (phrasePositions(list, i, field, into) > 0) docs[doc]![field]!.terms[term] = [...into];
      }
    });
  });
  return docs;
}

function document(id: number, fields: string[][]): EngineDocument {
  return { id: String(id), ...documentText(fields), date: null, language: 'en', source: null, author: null, tags: [], stored: new Uint8Array() };
}

// Letters the fold table covers (Latin, Cyrillic, Chinese, a dotted capital I, a ligature), and what
// it hands to `fold`: a combining mark, a capital sigma, a Hangul syllable, an astral letter;
// stop-words; separators, among them typographic punctuation and a lone surrogate (U+FFFD once in
// UTF-8, a separator either way).
const PIECES = ['Pérez', 'ÑANDÚ', 'ação', 'Москва', '中国', 'e\u0301', 'ΑΘΗΝΑΣ', '한국', 'İstanbul', 'ﬁnance', '𝐀bc', 'the', 'de', 'x', '42', ' ', '  ', '\n', '—', '“', '’', '…', '.', '\u00a0', '\u0000', '\ud800'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((pieces) => pieces.join(''));
const field = fc.array(text, { maxLength: 3 });

describe('SegmentBuilder', () => {
  it('indexes exactly the terms and word positions the analyser finds, field by field, part by part', () => {
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: FIELD_COUNT, maxLength: FIELD_COUNT }), { minLength: 1, maxLength: 4 }), (fieldsOfDocs) => {
        const builder = new SegmentBuilder();
        for (const [id, fields] of fieldsOfDocs.entries()) builder.add(document(id, fields));
        expect(indexed(builder.seal())).toEqual(fieldsOfDocs.map(expected));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps long records intact: a term in every field, frequencies and positions past one byte', () => {
    // 300 occurrences take two-byte frequencies, and their positions more than 127 bytes, between records of one byte.
    const often = (word: string, times: number): string => Array.from({ length: times }, (_, n) => `${word} filler${n % 3}`).join(' ');
    const docs = [
      [[often('harvest', 2)], [often('harvest', 200)], [often('harvest', 300), 'frost'], [often('harvest', 130)], ['harvest'], ['harvest', 'coffee']],
      [['frost'], [], ['coffee frost harvest'], [], [], []],
      [[often('coffee', 150)], ['frost'], [often('frost', 1000)], [], [often('coffee', 129)], []],
    ];
    const builder = new SegmentBuilder();
    docs.forEach((fields, id) => builder.add(document(id, fields)));
    expect(indexed(builder.seal())).toEqual(docs.map(expected));
  });

  it('keeps counting positions across parts, so a phrase never joins the end of one paragraph to the next', () => {
    const segment = (() => {
      const builder = new SegmentBuilder();
      builder.add(document(0, [['Vote count'], [], ['The mayor of Mixco', 'spoke on Monday', 'ÚLTIMA hora'], [], [], ['crime', 'youth']]));
      return builder.seal();
    })();
    const [doc] = indexed(segment);
    expect(doc![2]).toEqual({ terms: { mayor: [1], mixco: [3], spoke: [4], monday: [6], ultima: [7], hora: [8] }, length: 9 });
    expect(doc![5]).toEqual({ terms: { crime: [0], youth: [1] }, length: 2 });
  });

  it('keeps the postings of later documents right after documents with no words to index', () => {
    const fieldsOfDocs = [
      [['Floods in Santos'], [], ['The port closed'], [], [], []],
      [['The'], [], ['— of the, de la …'], [], [], []],
      [[], [], [], [], [], []],
      [['Santos reopens'], [], ['The port opened again'], [], [], ['port']],
    ];
    const builder = new SegmentBuilder();
    fieldsOfDocs.forEach((fields, id) => builder.add(document(id, fields)));
    const segment = builder.seal();
    expect(indexed(segment)).toEqual(fieldsOfDocs.map(expected));
    expect(segment.data.df[allTerms(segment.data.terms).indexOf('santos')]).toBe(2);
  });

  it('counts a tag given twice once in the tag facet', () => {
    const builder = new SegmentBuilder();
    builder.add({ ...document(0, [['Vote count'], [], [], [], [], []]), tags: ['crime', 'youth', 'crime'] });
    const { tagStart, tagIds, values } = builder.seal().data;
    expect([...tagIds.subarray(tagStart[0], tagStart[1])].map((id) => values.tag[id])).toEqual(['crime', 'youth']);
  });
});
