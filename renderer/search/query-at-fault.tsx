import { problemSpan, type QueryProblem } from '../../archive/model/query-problem';

/**
 * The query as typed, with the part at fault marked: the message gives the character's number, and
 * this shows it. Hidden from screen readers, which read the message already.
 */
export function QueryAtFault({ query, problem }: { readonly query: string; readonly problem: QueryProblem }) {
  const span = problemSpan(problem);
  if (span === null) return null;
  const end = span.start + span.length;
  return (
    <p className="query-at-fault" aria-hidden="true">
      <code>
        {query.slice(0, span.start)}
        {/* A problem at the very end (an OR with nothing after it) still gets a visible mark. */}
        <mark>{query.slice(span.start, end) || ' '}</mark>
        {query.slice(end)}
      </code>
    </p>
  );
}
