import { useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject, type SyntheticEvent } from 'react';
import type { ArchivoApi } from '../../electron/api';
import type { Suggestion } from '../../archive/model/article';
import { useI18n } from '../i18n/i18n-context';
import { modifierLabel } from '../platform';
import { acceptCompletion, completionTarget } from '../search/completion';
import { useSuggestions } from '../search/use-suggestions';

/** The longest query main accepts (electron/ipc-schemas.ts). */
const MAX_QUERY_LENGTH = 1000;
const LISTBOX_ID = 'search-suggestions';
const optionId = (index: number): string => `search-suggestion-${index}`;

export interface SearchBarProps {
  readonly api: ArchivoApi;
  readonly query: string;
  readonly onQueryChange: (query: string) => void;
  /** ↓ or Enter: move into the results. */
  readonly onEnterResults: () => void;
  /** Esc inside the box: the owner decides (close the article, else clear). */
  readonly onEscape: () => void;
  readonly inputRef: RefObject<HTMLInputElement | null>;
}

/**
 * The search box, a combobox with a list of suggested words (WAI-ARIA APG "list autocomplete with
 * manual selection"): suggestions follow typing only, the focus stays in the box, and no key changes
 * meaning until the list is on screen — then ↓ ↑ pick, Enter or Tab take the picked word, Esc closes.
 */
export function SearchBar({ api, query, onQueryChange, onEnterResults, onEscape, inputRef }: SearchBarProps) {
  const { t } = useI18n();
  // Suggestions only while the person types: not for a restored query, a "did you mean" or a cleared box.
  const [typing, setTyping] = useState(false);
  const [caret, setCaret] = useState<number | null>(null);
  /** The picked option, by its word, so a fresher answer never silently moves the pick to another word. */
  const [active, setActive] = useState<string | null>(null);
  const pendingCaret = useRef<number | null>(null);

  const target = typing && caret !== null ? completionTarget(query, caret) : null;
  const suggestions = useSuggestions(api, target?.word ?? null);
  const open = target !== null && suggestions.length > 0;
  const activeIndex = open && active !== null ? suggestions.findIndex((suggestion) => suggestion.text === active) : -1;

  useLayoutEffect(() => {
    // After a word is taken, the caret goes behind it (React has just written the new value).
    const at = pendingCaret.current;
    if (at === null) return;
    pendingCaret.current = null;
    inputRef.current?.setSelectionRange(at, at);
  });

  useLayoutEffect(() => {
    if (activeIndex >= 0) document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  const close = (): void => {
    setTyping(false);
    setActive(null);
  };

  const accept = (suggestion: Suggestion): void => {
    if (target === null) return;
    const next = acceptCompletion(query, target, suggestion.text);
    pendingCaret.current = next.caret;
    close();
    onQueryChange(next.query);
  };

  const trackCaret = (event: SyntheticEvent<HTMLInputElement>): void => {
    const { selectionStart, selectionEnd } = event.currentTarget;
    const at = selectionStart !== null && selectionStart === selectionEnd ? selectionStart : null;
    if (at === caret) return;
    setCaret(at);
    setActive(null);
  };

  /** The keys the open list takes; false leaves the key to the box's usual meaning. */
  const listKey = (event: KeyboardEvent<HTMLInputElement>): boolean => {
    const count = suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
        setActive(suggestions[(activeIndex + 1) % count]!.text);
        return true;
      case 'ArrowUp':
        setActive(suggestions[activeIndex <= 0 ? count - 1 : activeIndex - 1]!.text);
        return true;
      case 'Enter':
      case 'Tab': {
        const picked = suggestions[activeIndex];
        if (picked === undefined || event.shiftKey) return false;
        accept(picked);
        return true;
      }
      case 'Escape':
        close();
        return true;
      default:
        return false;
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return;
    const plain = !event.altKey && !event.ctrlKey && !event.metaKey;
    if (open && plain && listKey(event)) {
      event.preventDefault();
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
      case 'Enter':
        event.preventDefault();
        close();
        onEnterResults();
        break;
      case 'Escape':
        // Handled here, so the browser's own "clear on Esc" and the window-wide Esc do not both act.
        event.preventDefault();
        close();
        onEscape();
        break;
    }
  };

  return (
    <form className="search-bar" role="search" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor="search-input" className="visually-hidden">
        {t.searchLabel}
      </label>
      <div className="search-combobox">
        <input
          id="search-input"
          ref={inputRef}
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={LISTBOX_ID}
          aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
          autoFocus
          autoComplete="off"
          maxLength={MAX_QUERY_LENGTH}
          spellCheck={false}
          placeholder={t.searchPlaceholder}
          aria-describedby="search-hint"
          value={query}
          onChange={(event) => {
            setTyping(true);
            setActive(null);
            trackCaret(event);
            onQueryChange(event.target.value);
          }}
          onSelect={trackCaret}
          onKeyDown={onKeyDown}
          onBlur={close}
        />
        <ul id={LISTBOX_ID} role="listbox" aria-label={t.suggestionsLabel} className="suggestions" hidden={!open}>
          {open &&
            suggestions.map((suggestion, index) => (
              <li
                key={suggestion.text}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                // The focus stays in the box: a click must not blur it (which would close the list first).
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => accept(suggestion)}
              >
                <span className="suggestion-word">{suggestion.text}</span>{' '}
                <span className="suggestion-count">{t.articleCount(suggestion.articles)}</span>
              </li>
            ))}
        </ul>
      </div>
      <p id="search-hint" className="hint">
        {t.searchHint(modifierLabel())}
      </p>
    </form>
  );
}
