/**
 * A Spanish article captured by a web archive (so it has a capture date), with hits to highlight.
 * Text written for these tests (not a real news story).
 */
import type { Article } from '../../../archive/model/article';

const body = [
  'El alcalde de Mixco, Otto Pérez Leal, anunció el lunes la instalación de cien cámaras nuevas en los barrios del norte del municipio.',
  'Según la Policía Municipal, los comités vecinales pidieron las cámaras tras una serie de robos en las paradas de autobús.',
  'Pérez dijo que la inversión se financiará con fondos del programa Municipio Seguro y que las primeras cámaras funcionarán en agosto.',
];

export const capturedArticle: Article = {
  id: 'c0ffee00d1a10905',
  sha256: '5f1c2e9a7b3d4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a',
  title: 'Mixco instalará cien cámaras en los barrios del norte',
  summary: 'El alcalde Otto Pérez Leal anunció la inversión tras reuniones con los comités vecinales.',
  author: 'Lucía Pérez Gómez',
  date: '2011-07-05',
  dateRaw: '5 de julio de 2011',
  source: 'Diálogo Américas',
  url: 'https://dialogo-americas.example/es/mixco-camaras',
  copyright: 'Copyright © 2011 Diálogo Américas. Todos los derechos reservados.',
  language: 'es',
  format: 'warc',
  encoding: 'utf-8',
  path: 'capturas/dialogo-2011.warc.gz',
  locations: [{ path: 'capturas/dialogo-2011.warc.gz', entry: 'https://dialogo-americas.example/es/mixco-camaras' }],
  capturedAt: '2011-07-06T14:32:00Z',
  tags: [],
  body,
};

/** Every "Pérez" in the article: what an engine would report for the query `perez`. */
export function perezHighlights(article: Article) {
  const find = (text: string) => [...text.matchAll(/Pérez/g)].map((m) => [m.index, m.index + 'Pérez'.length] as const);
  return { title: find(article.title), summary: find(article.summary ?? ''), body: article.body.map(find) };
}
