/**
 * Every input format Archivo reads. A file is given to the reader of its extension (longest match
 * first, so "x.warc.gz" is a web archive); a file whose extension no reader claims is offered to the
 * readers' content sniffers in this order.
 */
import { htmlPageReader } from './html-page';
import { jsonArticlesReader } from './json-articles';
import { markdownReader } from './markdown';
import type { FormatReader } from './reader';
import { reutersSgmlReader } from './reuters-sgml';
import { scrapedTextReader } from './scraped-text';
import { warcReader } from './warc';
import { zipReader } from './zip';

export const allReaders: readonly FormatReader[] = [
  zipReader,
  warcReader,
  reutersSgmlReader,
  htmlPageReader,
  jsonArticlesReader,
  markdownReader,
  scrapedTextReader,
];
