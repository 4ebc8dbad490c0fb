import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { Messages } from '../i18n/messages';
import { modifierLabel } from '../platform';
import { SearchSyntax } from './search-syntax';

export interface ShortcutsDialogProps {
  readonly onClose: () => void;
}

/** Keys of messages that are plain text (not functions). */
type TextKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];
type Row = readonly [keys: readonly string[], label: TextKey];

function groups(mod: string): readonly { readonly title: TextKey; readonly rows: readonly Row[] }[] {
  return [
    {
      title: 'groupSearch',
      rows: [
        [['/', `${mod}+K`], 'keyFocusSearch'],
        [['↓', '↑', 'j', 'k'], 'keyMoveResults'],
        [['Home', 'End'], 'keyFirstLast'],
        [['Enter'], 'keyOpenResult'],
        [['Space'], 'keyTick'],
        [['↓', '↑', 'Enter', 'Tab'], 'keySuggestions'],
        [['Esc'], 'keyBack'],
      ],
    },
    {
      title: 'groupArticle',
      rows: [
        [[`${mod}+F`], 'keyFind'],
        [['Enter', 'Shift+Enter', 'F3', 'Shift+F3'], 'keyFindNext'],
        [[`${mod}+P`], 'keyExport'],
      ],
    },
    {
      title: 'groupApp',
      rows: [
        [[`${mod}+O`], 'keyOpenArchive'],
        [[`${mod}++`, `${mod}+−`, `${mod}+0`], 'keyZoom'],
        [['←', '→'], 'keyResize'],
        [['?'], 'keyShortcuts'],
      ],
    },
  ];
}

/**
 * The search syntax and every shortcut, in a modal dialog: focus moves in and stays in (Tab
 * cycles), Esc or Close ends it, and focus returns to where it was.
 */
export function ShortcutsDialog({ onClose }: ShortcutsDialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog?.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      previous?.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>): void => {
    if (event.key !== 'Tab') return;
    const focusable = [...(ref.current?.querySelectorAll<HTMLElement>('button, [href], [tabindex]:not([tabindex="-1"])') ?? [])];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={onKeyDown}
    >
      <div className="dialog-header">
        <h2 id="shortcuts-title">{t.shortcutsTitle}</h2>
        <button type="button" onClick={onClose} autoFocus>
          {t.close} <kbd>Esc</kbd>
        </button>
      </div>
      <SearchSyntax />
      <div className="shortcut-groups">
        {groups(modifierLabel()).map((group) => (
          <section key={group.title} aria-labelledby={`shortcuts-${group.title}`}>
            <h3 id={`shortcuts-${group.title}`}>{t[group.title]}</h3>
            <dl>
              {group.rows.map(([keys, label]) => (
                <div key={label} className="shortcut">
                  <dt>
                    {keys.map((key, index) => (
                      <kbd key={index}>{key}</kbd>
                    ))}
                  </dt>
                  <dd>{t[label]}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </dialog>
  );
}
