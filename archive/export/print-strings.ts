/** The words the printed page adds around the article, in the languages Archivo's UI speaks. */
import type { PrintLanguage } from './locale';

export interface PrintStrings {
  /** Prefix of the byline: "By Jane Doe". */
  readonly by: string;
  readonly source: string;
  readonly originalUrl: string;
  readonly published: string;
  readonly captured: string;
  readonly provenance: string;
  readonly file: string;
  readonly alsoFoundAt: string;
  readonly sha256: string;
  readonly encoding: string;
  readonly format: string;
  readonly exported: string;
  readonly exportedWith: string;
  readonly copyright: string;
  readonly noCopyright: string;
  readonly entry: string;
  readonly articleNumber: string;
  /** Footer "Page X of Y", split around the two counters. */
  readonly pageOf: readonly [before: string, between: string];
  /** Heading of a combined export's contents page. */
  readonly contents: string;
  /** Column heading for the page numbers on the contents page. */
  readonly page: string;
  /** Title of a combined export: "Archivo export: 9 articles". */
  readonly combinedTitle: (count: number) => string;
  /** Undated articles in the contents list. */
  readonly undated: string;
}

const STRINGS: Readonly<Record<PrintLanguage, PrintStrings>> = {
  en: {
    by: 'By',
    source: 'Source',
    originalUrl: 'Original URL',
    published: 'Published',
    captured: 'Captured',
    provenance: 'Provenance',
    file: 'File',
    alsoFoundAt: 'Also found at',
    sha256: 'SHA-256 of the text',
    encoding: 'Encoding',
    format: 'Format',
    exported: 'Exported',
    exportedWith: 'Exported with',
    copyright: 'Copyright notice as published',
    noCopyright: 'The source carries no copyright notice.',
    entry: 'entry',
    articleNumber: 'article',
    pageOf: ['Page ', ' of '],
    contents: 'Contents',
    page: 'Page',
    combinedTitle: (n) => `Archivo export: ${n} ${n === 1 ? 'article' : 'articles'}`,
    undated: 'undated',
  },
  es: {
    by: 'Por',
    source: 'Fuente',
    originalUrl: 'URL original',
    published: 'Publicado',
    captured: 'Capturado',
    provenance: 'Procedencia',
    file: 'Archivo',
    alsoFoundAt: 'También en',
    sha256: 'SHA-256 del texto',
    encoding: 'Codificación',
    format: 'Formato',
    exported: 'Exportado',
    exportedWith: 'Exportado con',
    copyright: 'Aviso de derechos tal como se publicó',
    noCopyright: 'La fuente no incluye aviso de derechos.',
    entry: 'entrada',
    articleNumber: 'artículo',
    pageOf: ['Página ', ' de '],
    contents: 'Contenido',
    page: 'Página',
    combinedTitle: (n) => `Exportación de Archivo: ${n} ${n === 1 ? 'artículo' : 'artículos'}`,
    undated: 'sin fecha',
  },
  pt: {
    by: 'Por',
    source: 'Fonte',
    originalUrl: 'URL original',
    published: 'Publicado',
    captured: 'Capturado',
    provenance: 'Procedência',
    file: 'Arquivo',
    alsoFoundAt: 'Também em',
    sha256: 'SHA-256 do texto',
    encoding: 'Codificação',
    format: 'Formato',
    exported: 'Exportado',
    exportedWith: 'Exportado com',
    copyright: 'Aviso de direitos conforme publicado',
    noCopyright: 'A fonte não traz aviso de direitos.',
    entry: 'entrada',
    articleNumber: 'artigo',
    pageOf: ['Página ', ' de '],
    contents: 'Sumário',
    page: 'Página',
    combinedTitle: (n) => `Exportação do Archivo: ${n} ${n === 1 ? 'artigo' : 'artigos'}`,
    undated: 'sem data',
  },
};

export function printStrings(language: PrintLanguage): PrintStrings {
  return STRINGS[language];
}
