/**
 * pdf-lib, loaded the first time a PDF is read or changed: loading it takes about 0.14 s, which
 * every `archivo` command and every start of the app paid, though most never touch a PDF.
 */
import { requireLazily } from '../node/lazy-require';

type PdfLib = typeof import('pdf-lib');
let loaded: PdfLib | null = null;

export function pdfLib(): PdfLib {
  loaded ??= requireLazily<PdfLib>('pdf-lib');
  return loaded;
}
