import { describe, expect, it } from 'vitest';
import { cisiDocFile, parseCisiDocs, parseCisiQueries, parseCisiRelevance, queryWords } from '../../bench/cisi';

// Invented text shaped like the real files (multi-line titles, repeated .A, .X tables, a .B year, CRLF in
// the queries); nothing here comes from the collection itself.
const ALL = `.I 1
.T
Twelve Ways of Shelving
River Charts
.A
Quintero, L.A.
.A
Mbeki, T.R.
.W
   This note follows how one harbour office shelved
its charts.
.X
1	5	1
92	1	1
.I 2
.T 
Borrowing Habits in Port Archives
.A 
Okafor, N.
.B
1970
.W
This note counts 410 loans over two winters.

A second paragraph.
.X
2	5	2
`;

const QRY = '.I 1\r\n.W\r\nWhich habits make shelf labels hard to read?\r\nWhich fixes help?\r\n.I 2\r\n.T\r\nArchives\r\n.W\r\nHow do clerks find old charts?\r\n';
const REL = '     1     28\t0\t0.000000\r\n     1     35\t0\t0.000000\r\n     2     28\t0\t0.000000\r\n\r\n';

describe('CISI parsing', () => {
  it('reads ids, titles joined on one line, every author, and the abstract without the .X table', () => {
    const docs = parseCisiDocs(ALL);
    expect(docs).toHaveLength(2);
    expect(docs[0]).toEqual({
      id: '1',
      title: 'Twelve Ways of Shelving River Charts',
      authors: ['Quintero, L.A.', 'Mbeki, T.R.'],
      abstract: 'This note follows how one harbour office shelved\nits charts.',
    });
    expect(docs[1]?.title).toBe('Borrowing Habits in Port Archives');
    expect(docs[1]?.abstract).toBe('This note counts 410 loans over two winters.\n\nA second paragraph.');
  });

  it('reads queries with CRLF line ends, including a .T when present', () => {
    expect(parseCisiQueries(QRY)).toEqual([
      { id: '1', text: 'Which habits make shelf labels hard to read?\nWhich fixes help?' },
      { id: '2', text: 'Archives\nHow do clerks find old charts?' },
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
    expect(cisiDocFile(doc!)).toBe('Twelve Ways of Shelving River Charts\n\nThis note follows how one harbour office shelved\nits charts.\n');
  });
});
