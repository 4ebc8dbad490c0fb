import { describe, expect, it } from 'vitest';
import { cisiDocFile, parseCisiDocs, parseCisiQueries, parseCisiRelevance, queryWords } from '../../bench/cisi';

// Shaped like the real files: multi-line titles, repeated .A, .X tables, a .B year, CRLF in the queries.
const ALL = `.I 1
.T
18 Editions of the Dewey Decimal
Classifications
.A
Comaromi, J.P.
.A
Satija, M.P.
.W
   The present study is a history of the DEWEY Decimal
Classification.
.X
1	5	1
92	1	1
.I 2
.T 
Use Made of Technical Libraries
.A 
Slater, M.
.B
1970
.W
This report is an analysis of 6300 acts of use.

A second paragraph.
.X
2	5	2
`;

const QRY = '.I 1\r\n.W\r\nWhat problems and concerns are there in making up descriptive titles?\r\nWhat difficulties?\r\n.I 2\r\n.T\r\nLibraries\r\n.W\r\nHow can pertinent data be retrieved?\r\n';
const REL = '     1     28\t0\t0.000000\r\n     1     35\t0\t0.000000\r\n     2     28\t0\t0.000000\r\n\r\n';

describe('CISI parsing', () => {
  it('reads ids, titles joined on one line, every author, and the abstract without the .X table', () => {
    const docs = parseCisiDocs(ALL);
    expect(docs).toHaveLength(2);
    expect(docs[0]).toEqual({
      id: '1',
      title: '18 Editions of the Dewey Decimal Classifications',
      authors: ['Comaromi, J.P.', 'Satija, M.P.'],
      abstract: 'The present study is a history of the DEWEY Decimal\nClassification.',
    });
    expect(docs[1]?.title).toBe('Use Made of Technical Libraries');
    expect(docs[1]?.abstract).toBe('This report is an analysis of 6300 acts of use.\n\nA second paragraph.');
  });

  it('reads queries with CRLF line ends, including a .T when present', () => {
    expect(parseCisiQueries(QRY)).toEqual([
      { id: '1', text: 'What problems and concerns are there in making up descriptive titles?\nWhat difficulties?' },
      { id: '2', text: 'Libraries\nHow can pertinent data be retrieved?' },
    ]);
  });

  it('groups relevance judgements by query and ignores blank lines', () => {
    const relevance = parseCisiRelevance(REL);
    expect([...relevance.keys()]).toEqual(['1', '2']);
    expect([...(relevance.get('1') ?? [])]).toEqual(['28', '35']);
  });

  it('turns a long question into words to OR: no punctuation, no operator words, each word once', () => {
    expect(queryWords('What problems AND concerns? Problems, or titles (not "names")')).toEqual(['what', 'problems', 'concerns', 'titles', 'names']);
  });

  it('writes a document as the plain text the loader reads: title line, blank line, abstract', () => {
    const [doc] = parseCisiDocs(ALL);
    expect(cisiDocFile(doc!)).toBe('18 Editions of the Dewey Decimal Classifications\n\nThe present study is a history of the DEWEY Decimal\nClassification.\n');
  });
});
