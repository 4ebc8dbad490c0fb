/**
 * Document metadata for exported PDFs. Chromium writes only the Title (from `<title>`); a journalist's
 * file manager, reference manager or archive system also wants Author, Subject, Keywords and dates.
 */
import { pdfLib } from './pdf-lib';

export interface PdfMetadata {
  readonly title: string;
  /** Null when the author is unknown: the PDF then has no Author entry rather than a made-up one. */
  readonly author: string | null;
  readonly subject: string;
  readonly keywords: readonly string[];
  readonly creationDate: Date;
  /** The application that made the document, e.g. "Archivo 0.1.0". */
  readonly creator: string;
}

/**
 * Returns a copy of `pdf` with its Info dictionary filled in. The rest of the document is kept as
 * Chromium wrote it: pdf-lib re-serialises every object, including the structure tree that makes the
 * PDF tagged (checked by the export tests with `pdfinfo`). `updateMetadata: false` stops pdf-lib from
 * stamping its own Producer and the current time; every field we want is set explicitly instead.
 */
export async function withPdfMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<Uint8Array> {
  const document = await pdfLib().PDFDocument.load(pdf, { updateMetadata: false });
  document.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author !== null && meta.author.trim() !== '') document.setAuthor(meta.author);
  if (meta.subject.trim() !== '') document.setSubject(meta.subject);
  const keywords = uniqueKeywords(meta.keywords);
  // pdf-lib joins keywords with spaces, which would split "Diálogo Americas" in two; join them ourselves.
  if (keywords.length > 0) document.setKeywords([keywords.join('; ')]);
  document.setCreator(meta.creator);
  document.setCreationDate(meta.creationDate);
  document.setModificationDate(meta.creationDate);
  return document.save({ updateFieldAppearances: false });
}

function uniqueKeywords(keywords: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const keyword of keywords) {
    const clean = keyword.replace(/[\s;]+/g, ' ').trim();
    if (clean === '' || seen.has(clean.toLowerCase())) continue;
    seen.add(clean.toLowerCase());
    out.push(clean);
  }
  return out;
}
