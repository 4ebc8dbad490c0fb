/**
 * Why a file, or a part of one, was not read, as data: the app says it in the reader's language
 * (renderer/i18n), the command line and the saved index in English (`describeFileProblem`). Reasons
 * that carry what a library or the system said (a damaged ZIP, invalid JSON) stay English text
 * without one of these. Part of the model the renderer shares: pure, no imports.
 */
export type FileProblem =
  | { readonly kind: 'permission-denied' }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'link-loop' }
  | { readonly kind: 'is-folder' }
  | { readonly kind: 'disk-error' }
  | { readonly kind: 'path-too-long' }
  | { readonly kind: 'folder-loop' }
  | { readonly kind: 'too-large'; readonly megabytes: number }
  | { readonly kind: 'unknown-format' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'binary' }
  | { readonly kind: 'utf-32' }
  | { readonly kind: 'no-json-articles' }
  | { readonly kind: 'no-page-article' }
  | { readonly kind: 'page-too-large' }
  | { readonly kind: 'no-reuters-records' }
  | { readonly kind: 'not-warc' }
  | { readonly kind: 'warc-no-records' }
  | { readonly kind: 'warc-no-pages' }
  | { readonly kind: 'encrypted-entry' }
  | { readonly kind: 'nested-too-deep' };

/** A reason in English, with what it says as data when it can be said in another language. */
export interface ProblemReason {
  readonly reason: string;
  readonly problem?: FileProblem;
}

export function describeFileProblem(problem: FileProblem): string {
  switch (problem.kind) {
    case 'permission-denied':
      return 'permission denied: Archivo is not allowed to read this';
    case 'not-found':
      return 'not found: a broken link, or it was moved or deleted while the archive was being read';
    case 'link-loop':
      return 'too many levels of links (a link loop)';
    case 'is-folder':
      return 'this is a folder, not a file';
    case 'disk-error':
      return 'the disk reported a read error';
    case 'path-too-long':
      return 'the path is too long for this system';
    case 'folder-loop':
      return 'skipped: this folder link points back into the archive (a loop)';
    case 'too-large':
      return `too large to be an article file (${problem.megabytes} MB)`;
    case 'unknown-format':
      return 'not a format Archivo reads';
    case 'empty':
      return 'the file is empty';
    case 'binary':
      return 'looks like a binary file, not text';
    case 'utf-32':
      return 'the file is UTF-32 text, which is not supported';
    case 'no-json-articles':
      return 'no articles found: expected objects with a title and text';
    case 'no-page-article':
      return 'no article text found in this page';
    case 'page-too-large':
      return 'the page is too large to read';
    case 'no-reuters-records':
      return 'no Reuters records found: expected <REUTERS> … </REUTERS> elements';
    case 'not-warc':
      return 'not a web archive (WARC): it does not start with a WARC record';
    case 'warc-no-records':
      return 'the web archive holds no records';
    case 'warc-no-pages':
      return 'the web archive holds no HTML pages';
    case 'encrypted-entry':
      return 'the entry is encrypted';
    case 'nested-too-deep':
      return 'containers nested this deeply are not read';
  }
}

/** The reason a problem is given in English, with the problem itself. */
export function reasonOf(problem: FileProblem): Required<ProblemReason> {
  return { reason: describeFileProblem(problem), problem };
}
