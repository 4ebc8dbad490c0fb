/** Why a file was not read, in Portuguese (English: archive/model/file-problem.ts). */
import type { FileProblem } from '../../archive/model/file-problem';

export function portugueseFileProblem(problem: FileProblem): string {
  switch (problem.kind) {
    case 'permission-denied':
      return 'permissão negada: o Archivo não tem permissão para lê-lo';
    case 'not-found':
      return 'não encontrado: um link quebrado, ou foi movido ou apagado enquanto o acervo era lido';
    case 'link-loop':
      return 'níveis demais de links (um ciclo de links)';
    case 'is-folder':
      return 'é uma pasta, não um arquivo';
    case 'disk-error':
      return 'o disco relatou um erro de leitura';
    case 'path-too-long':
      return 'o caminho é longo demais para este sistema';
    case 'folder-loop':
      return 'ignorada: este link de pasta aponta de volta para o acervo (um ciclo)';
    case 'too-large':
      return `grande demais para ser um arquivo de artigos (${problem.megabytes} MB)`;
    case 'unknown-format':
      return 'não é um formato que o Archivo lê';
    case 'empty':
      return 'o arquivo está vazio';
    case 'binary':
      return 'parece um arquivo binário, não texto';
    case 'utf-32':
      return 'o arquivo é texto UTF-32, que não é suportado';
    case 'no-json-articles':
      return 'nenhum artigo encontrado: esperavam-se objetos com título e texto';
    case 'no-page-article':
      return 'nenhum texto de artigo encontrado nesta página';
    case 'page-too-large':
      return 'a página é grande demais para ser lida';
    case 'no-reuters-records':
      return 'nenhum registro da Reuters encontrado: esperavam-se elementos <REUTERS> … </REUTERS>';
    case 'not-warc':
      return 'não é um arquivo web (WARC): não começa com um registro WARC';
    case 'warc-no-records':
      return 'o arquivo web não contém registros';
    case 'warc-no-pages':
      return 'o arquivo web não contém páginas HTML';
    case 'encrypted-entry':
      return 'a entrada está criptografada';
    case 'nested-too-deep':
      return 'contêineres aninhados a esta profundidade não são lidos';
  }
}
