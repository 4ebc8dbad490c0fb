/**
 * Where each top-level heading landed in a printed PDF, read from the document outline Chromium
 * writes for `<h1>`…`<h6>` (`outline: true` / Electron's `generateDocumentOutline`). The combined
 * export uses it to learn on which page each article starts, since Chromium cannot compute
 * `target-counter()` itself.
 */
import type { PDFDict } from 'pdf-lib';
import { pdfLib } from './pdf-lib';

export interface OutlineEntry {
  readonly title: string;
  /** 1-based page number the entry points at, or null when its destination is not a page. */
  readonly page: number | null;
}

/** The top-level outline entries of `pdf`, in order. Empty when the PDF has no outline. */
export async function topLevelOutline(pdf: Uint8Array): Promise<OutlineEntry[]> {
  const { PDFDict, PDFDocument, PDFName } = pdfLib();
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageNumbers = new Map<string, number>();
  document.getPages().forEach((page, i) => pageNumbers.set(page.ref.toString(), i + 1));
  const outlines = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const entries: OutlineEntry[] = [];
  let item = outlines?.lookupMaybe(PDFName.of('First'), PDFDict);
  const seen = new Set<PDFDict>();
  while (item && !seen.has(item)) {
    seen.add(item);
    const title = decodeTitle(item);
    entries.push({ title, page: destinationPage(item, pageNumbers) });
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
  }
  return entries;
}

function destinationPage(item: PDFDict, pageNumbers: ReadonlyMap<string, number>): number | null {
  const { PDFArray, PDFDict, PDFName, PDFRef } = pdfLib();
  // Chromium writes an explicit /Dest [pageRef /XYZ x y z]; a GoTo action carries the same array.
  const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray)
    ?? item.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('D'), PDFArray);
  const target = dest?.get(0);
  return target instanceof PDFRef ? (pageNumbers.get(target.toString()) ?? null) : null;
}

function decodeTitle(item: PDFDict): string {
  const { PDFHexString, PDFName, PDFString } = pdfLib();
  const raw = item.lookup(PDFName.of('Title'));
  return raw instanceof PDFString || raw instanceof PDFHexString ? raw.decodeText() : '';
}
