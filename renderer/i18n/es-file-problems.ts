/** Why a file was not read, in Spanish (English: archive/model/file-problem.ts). */
import type { FileProblem } from '../../archive/model/file-problem';

export function spanishFileProblem(problem: FileProblem): string {
  switch (problem.kind) {
    case 'permission-denied':
      return 'permiso denegado: Archivo no tiene permiso para leerlo';
    case 'not-found':
      return 'no se encuentra: un enlace roto, o se movió o borró mientras se leía el archivo';
    case 'link-loop':
      return 'demasiados niveles de enlaces (un bucle de enlaces)';
    case 'is-folder':
      return 'es una carpeta, no un fichero';
    case 'disk-error':
      return 'el disco informó de un error de lectura';
    case 'path-too-long':
      return 'la ruta es demasiado larga para este sistema';
    case 'folder-loop':
      return 'omitida: este enlace de carpeta apunta de vuelta al archivo (un bucle)';
    case 'too-large':
      return `demasiado grande para ser un fichero de artículos (${problem.megabytes} MB)`;
    case 'unknown-format':
      return 'no es un formato que Archivo lea';
    case 'empty':
      return 'el fichero está vacío';
    case 'binary':
      return 'parece un fichero binario, no texto';
    case 'utf-32':
      return 'el fichero es texto UTF-32, que no se admite';
    case 'no-json-articles':
      return 'no se encontraron artículos: se esperaban objetos con título y texto';
    case 'no-page-article':
      return 'no se encontró el texto de un artículo en esta página';
    case 'page-too-large':
      return 'la página es demasiado grande para leerla';
    case 'no-reuters-records':
      return 'no se encontraron registros de Reuters: se esperaban elementos <REUTERS> … </REUTERS>';
    case 'not-warc':
      return 'no es un archivo web (WARC): no empieza por un registro WARC';
    case 'warc-no-records':
      return 'el archivo web no contiene registros';
    case 'warc-no-pages':
      return 'el archivo web no contiene páginas HTML';
    case 'encrypted-entry':
      return 'la entrada está cifrada';
    case 'nested-too-deep':
      return 'no se leen contenedores anidados a tanta profundidad';
  }
}
