import { describe, expect, it } from 'vitest';
import { reflow, reutersDate, reutersSgmlReader } from '../../../archive/formats/reuters-sgml';
import { fixtureBytes, readWith, unreadableReason, utf8 } from './fixtures';

describe('Reuters-21578 SGML', () => {
  it('reads each record as an article and counts the empty one in a single problem', async () => {
    const { articles, problems } = await readWith(reutersSgmlReader, fixtureBytes('reuters-sample.sgm'), 'wire/reut2-900.sgm');
    expect(articles.map((a) => a.article.title)).toEqual([
      'COLOMBIA COFFEE EXPORTS RISE <FEDECAFE> SAYS',
      'PORT WORKERS AND EMPLOYERS AGREE TO RESUME TALKS',
      'TREASURY BALANCES AT FED FELL ON MARCH 30',
    ]);
    expect(problems).toEqual([{ reason: '1 record without title or text was skipped' }]);
    expect(articles.every((a) => a.format === 'reuters-sgml')).toBe(true);
  });

  it('keeps provenance: date and raw date, source, rights notice, author, topics and places', async () => {
    const { articles } = await readWith(reutersSgmlReader, fixtureBytes('reuters-sample.sgm'), 'reut2-900.sgm');
    expect(articles[0]?.article).toMatchObject({
      date: '1987-03-03',
      dateRaw: '3-MAR-1987 09:14:20.33',
      source: 'Reuters',
      copyright: 'Copyright Reuters Ltd',
      author: 'Elena Marquez',
      language: 'en',
      tags: ['coffee', 'colombia', 'usa'],
    });
    // Routing codes after the time are not part of the date as written.
    expect(articles[1]?.article.dateRaw).toBe('31-MAR-1987 16:02:11.07');
  });

  it('reflows wrapped wire lines, starts with the dateline, decodes entities and drops the sign-off', async () => {
    const { articles } = await readWith(reutersSgmlReader, fixtureBytes('reuters-sample.sgm'), 'reut2-900.sgm');
    expect(articles[0]?.article.body).toEqual([
      'BOGOTA, March 3 - Colombian coffee exports rose to 1.1 mln bags in February from 0.9 mln a year earlier, the National Coffee Growers Federation said.',
      // "told\nReuters." is the end of a sentence, not the sign-off.
      'Prices & volumes were both higher, a federation official told Reuters.',
    ]);
  });

  it('loads briefs as headlines without the "Blah blah blah." placeholder, and unprocessed records by their first line', async () => {
    const { articles } = await readWith(reutersSgmlReader, fixtureBytes('reuters-sample.sgm'), 'reut2-900.sgm');
    expect(articles[1]?.article.body).toEqual([]);
    expect(articles[2]?.article.body).toEqual([
      'Treasury balances at the Federal Reserve',
      'Tax and loan note accounts.......12,300 vs....14,010',
      'Total balances...................15,420 vs....17,555',
    ]);
  });

  it('parses wire dates strictly', () => {
    expect(reutersDate('26-FEB-1987 15:01:01.79')).toEqual({ date: '1987-02-26', dateRaw: '26-FEB-1987 15:01:01.79' });
    expect(reutersDate(' 9-APR-1987 01:53:30.00    # date added by S Finch as guesswork ')).toMatchObject({ date: '1987-04-09' });
    expect(reutersDate('31-FEB-1987 10:00:00.00')).toEqual({ date: null, dateRaw: '31-FEB-1987 10:00:00.00' });
    expect(reutersDate('sometime in 1987')).toEqual({ date: null, dateRaw: 'sometime in 1987' });
    expect(reutersDate(undefined)).toEqual({ date: null, dateRaw: null });
  });

  it('keeps "Reuter" that ends a sentence and drops the one that signs off', () => {
    expect(reflow('The minister told\nReuter\n&#3;')).toEqual(['The minister told Reuter']);
    expect(reflow('Talks ended.\n REUTER\n&#3;')).toEqual(['Talks ended.']);
    expect(reflow('Total 55.8 (33.7).        REUTER\n&#3;')).toEqual(['Total 55.8 (33.7).']);
  });

  it('reads a record whose close tag is missing without swallowing the next one', async () => {
    const text = '<REUTERS NEWID="1"><TEXT><TITLE>ONE</TITLE><BODY>First.</BODY></TEXT>\n<REUTERS NEWID="2"><TEXT><TITLE>TWO</TITLE><BODY>Second.</BODY></TEXT></REUTERS>';
    const { articles } = await readWith(reutersSgmlReader, utf8(text), 'cut.sgm');
    expect(articles.map((a) => [a.article.title, a.article.body])).toEqual([
      ['ONE', ['First.']],
      ['TWO', ['Second.']],
    ]);
  });

  it('reads a copy with raw control bytes rather than calling it binary', async () => {
    const record = '<REUTERS NEWID="5"><TEXT>\u0002<TITLE>RAW BYTES</TITLE><BODY>Body.\n Reuter\n\u0003</BODY></TEXT></REUTERS>\n';
    const bytes = utf8(record.repeat(2) + '\u0005\u0016\u0001\u001f'.repeat(20));
    const { articles } = await readWith(reutersSgmlReader, bytes, 'raw.sgm');
    expect(articles[0]?.article).toMatchObject({ title: 'RAW BYTES', body: ['Body.'] });
    // decodeText calls these bytes binary; the reader falls back to Windows-1252 because it found records.
    expect(articles[0]?.encoding).toBe('windows-1252');
  });

  it('rejects files without records, and files whose records are all empty', async () => {
    expect(await unreadableReason(reutersSgmlReader, utf8('<html>not newswire</html>'), 'x.sgm')).toBe(
      'no Reuters records found: expected <REUTERS> … </REUTERS> elements',
    );
    expect(await unreadableReason(reutersSgmlReader, utf8('<REUTERS><TEXT>&#2;\n&#3;</TEXT></REUTERS>'), 'y.sgm')).toBe(
      'none of the 1 record has a title or text',
    );
  });

  it('sniffs newswire SGML by its first element', () => {
    expect(reutersSgmlReader.sniff?.('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n<REUTERS TOPICS="YES">')).toBe(true);
    expect(reutersSgmlReader.sniff?.('<REUTERS>')).toBe(true);
    expect(reutersSgmlReader.sniff?.('<html><body><REUTERS>')).toBe(false);
  });
});
