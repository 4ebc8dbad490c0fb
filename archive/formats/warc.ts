/**
 * Web archives (WARC, WARC.gz) through warcio. Every `response` record with HTTP 200 and an HTML body
 * becomes an article read like a saved page; the capture date and target URL become its provenance.
 * Other records (requests, metadata, images, redirects) are passed over.
 *
 * Two warcio behaviours shape this file. Its gzip reader (pako) silently stops at a damaged member, so
 * we decompress with node:zlib, whose stream reports the damage. And skipping an unread record whose
 * body is cut short never returns, so every record is read to its end before the next one is parsed.
 */
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { LimitReader, WARCParser, type WARCRecord } from 'warcio';
import { reasonOf } from '../model/file-problem';
import { readHtmlBytes } from './html-page';
import { UnreadableFileError, type FormatReader, type ReadArticle, type ReadResult } from './reader';

type Problem = ReadResult['problems'][number];

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function source(bytes: Uint8Array): AsyncIterable<Uint8Array> | Iterable<Uint8Array> {
  return isGzip(bytes) ? Readable.from([bytes]).pipe(createGunzip()) : [bytes];
}

function mediaType(contentType: string | null | undefined): { readonly type: string; readonly charset: string | null } {
  const [type = '', ...parameters] = (contentType ?? '').split(';');
  const charset = parameters.map((parameter) => /^\s*charset\s*=\s*"?([^";\s]+)/i.exec(parameter)?.[1]).find(Boolean);
  return { type: type.trim().toLowerCase(), charset: charset ?? null };
}

/** Reads the record's whole block and tells whether it ended before its declared Content-Length. */
async function readBlock(record: WARCRecord): Promise<{ readonly complete: boolean }> {
  if (record.warcHeader('Content-Length') === null || !record.warcType) return { complete: false };
  const raw = record.reader;
  await record.readFully(false);
  return { complete: !(raw instanceof LimitReader) || raw.limit <= 0 };
}

async function articleOf(record: WARCRecord): Promise<ReadArticle | null> {
  const http = record.httpHeaders;
  if (record.warcType !== 'response' || !http || Number(http.statusCode) !== 200) return null;
  const { type, charset } = mediaType(http.headers.get('content-type'));
  if (!HTML_TYPES.has(type)) return null;
  // Decoded content: transfer and content encodings (chunked, gzip, br) undone by warcio.
  const bytes = await record.readFully(true);
  const url = record.warcTargetURI ?? null;
  const { article, encoding } = readHtmlBytes(bytes, { url, capturedAt: record.warcDate, charset });
  return { article, format: 'warc', encoding, ...(url ? { entry: url } : {}) };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function readWarc(bytes: Uint8Array): Promise<ReadResult> {
  const articles: ReadArticle[] = [];
  const problems: Problem[] = [];
  let records = 0;
  const truncated = (): Problem => ({ reason: `the web archive is truncated after ${records} record${records === 1 ? '' : 's'}` });
  try {
    for await (const record of new WARCParser(source(bytes))) {
      if (records === 0 && !(record.warcHeaders.protocol ?? '').startsWith('WARC/')) {
        throw new UnreadableFileError({ kind: 'not-warc' });
      }
      const { complete } = await readBlock(record);
      if (!complete) {
        problems.push(truncated());
        break;
      }
      records++;
      try {
        const article = await articleOf(record);
        if (article) articles.push(article);
      } catch (error) {
        const entry = record.warcTargetURI ?? undefined;
        if (error instanceof UnreadableFileError) problems.push({ entry, reason: error.message });
        else problems.push({ entry, reason: `this page could not be read (${describe(error)})` });
      }
    }
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    // A damaged gzip member or a cut in the middle of headers: keep what was read before it.
    if (records === 0) throw new UnreadableFileError(`not a readable web archive (${describe(error)})`);
    problems.push(truncated());
  }
  if (records === 0 && problems.length === 0) throw new UnreadableFileError({ kind: 'warc-no-records' });
  if (articles.length === 0 && problems.length === 0) problems.push(reasonOf({ kind: 'warc-no-pages' }));
  return { articles, problems };
}

export const warcReader: FormatReader = {
  format: 'warc',
  extensions: ['warc', 'warc.gz'],
  sniff: (head) => /^WARC\/\d/.test(head),
  read: (bytes) => readWarc(bytes),
};
