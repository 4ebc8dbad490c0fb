import type { KeyboardEvent, Ref } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { modifierLabel } from '../platform';

/** The longest query main accepts (electron/ipc-schemas.ts). */
const MAX_QUERY_LENGTH = 1000;

export interface SearchBarProps {
  readonly query: string;
  readonly onQueryChange: (query: string) => void;
  /** ↓ or Enter: move into the results. */
  readonly onEnterResults: () => void;
  /** Esc inside the box: the owner decides (close the article, else clear). */
  readonly onEscape: () => void;
  readonly inputRef: Ref<HTMLInputElement>;
}

export function SearchBar({ query, onQueryChange, onEnterResults, onEscape, inputRef }: SearchBarProps) {
  const { t } = useI18n();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    switch (event.key) {
      case 'ArrowDown':
      case 'Enter':
        event.preventDefault();
        onEnterResults();
        break;
      case 'Escape':
        // Handled here, so the browser's own "clear on Esc" and the window-wide Esc do not both act.
        event.preventDefault();
        onEscape();
        break;
    }
  };

  return (
    <form className="search-bar" role="search" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor="search-input" className="visually-hidden">
        {t.searchLabel}
      </label>
      <input
        id="search-input"
        ref={inputRef}
        type="search"
        autoFocus
        autoComplete="off"
        maxLength={MAX_QUERY_LENGTH}
        spellCheck={false}
        placeholder={t.searchPlaceholder}
        aria-describedby="search-hint"
        value={query}
        onChange={(event) => onQueryChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id="search-hint" className="hint">
        {t.searchHint(modifierLabel())}
      </p>
    </form>
  );
}
