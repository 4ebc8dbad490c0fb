import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { TextMatches } from '../article/use-text-matches';

export interface FindBarProps {
  readonly text: string;
  readonly onTextChange: (text: string) => void;
  readonly matches: TextMatches;
  /** Bumped by Ctrl/Cmd+F while the bar is open: take focus again and select the text. */
  readonly focusRequest: number;
  readonly onClose: () => void;
}

/** Find in the open article: Enter / Shift+Enter (or F3 / Shift+F3) for next and previous, Esc closes. */
export function FindBar({ text, onTextChange, matches, focusRequest, onClose }: FindBarProps) {
  const { t } = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusRequest]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      if (event.shiftKey) matches.previous();
      else matches.next();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  const counter = text.trim() === '' ? '' : t.findCounter(matches.current + 1, matches.total);
  return (
    <div className="find-bar" role="search" aria-label={t.findLabel} data-no-find>
      <input
        ref={inputRef}
        type="search"
        aria-label={t.findLabel}
        placeholder={t.findPlaceholder}
        value={text}
        spellCheck={false}
        autoComplete="off"
        aria-describedby="find-counter"
        onChange={(event) => onTextChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <output id="find-counter" className="find-counter" aria-live="polite" data-empty={matches.total === 0 && text.trim() !== ''}>
        {counter}
      </output>
      <button type="button" className="icon" onClick={matches.previous} disabled={matches.total === 0} aria-label={t.previousHit} title={`${t.previousHit} (Shift+Enter)`}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className="icon" onClick={matches.next} disabled={matches.total === 0} aria-label={t.nextHit} title={`${t.nextHit} (Enter)`}>
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" className="icon" onClick={onClose} aria-label={t.findClose} title={`${t.findClose} (Esc)`}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
