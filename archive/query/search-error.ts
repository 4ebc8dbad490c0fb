/**
 * Why a search was refused, as a terminal shows it: the message, then the query with a caret line
 * under the part at fault (as a compiler points at a typo), when one part is.
 */
import type { SearchResponse } from '../model/article';
import { problemSpan } from '../model/query-problem';

export function searchErrorText(query: string, response: Pick<SearchResponse, 'error' | 'problem'>): string {
  const message = `cannot search for ${JSON.stringify(query)}: ${response.error}`;
  const span = response.problem && problemSpan(response.problem);
  if (!span) return message;
  return `${message}\n  ${query}\n  ${' '.repeat(span.start)}${'^'.repeat(span.length)}`;
}
