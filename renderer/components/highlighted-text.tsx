import { Fragment, useMemo } from 'react';
import type { Highlight } from '../../archive/model/article';
import { highlightSegments } from '../highlight';

export interface HighlightedTextProps {
  readonly text: string;
  readonly highlights: readonly Highlight[];
}

/** Plain text with matched words in <mark>: built as text nodes, never parsed as HTML. */
export function HighlightedText({ text, highlights }: HighlightedTextProps) {
  const segments = useMemo(() => highlightSegments(text, highlights), [text, highlights]);
  return (
    <>
      {segments.map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>,
      )}
    </>
  );
}
