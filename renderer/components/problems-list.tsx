import type { Problem, UnreadFiles } from '../../archive/model/article';
import { useI18n } from '../i18n/i18n-context';

export interface ProblemsListProps {
  readonly problems: readonly Problem[];
  readonly unread: readonly UnreadFiles[];
  readonly onClose: () => void;
}

/**
 * Files that were skipped, with the reason in plain words (one unreadable file never hides the rest),
 * and the kinds of file Archivo does not read, so that nobody takes them for searched.
 */
export function ProblemsList({ problems, unread, onClose }: ProblemsListProps) {
  const { t } = useI18n();
  const titles = [problems.length > 0 && 'problems-title', unread.length > 0 && 'unread-title'].filter(Boolean).join(' ');
  return (
    <section id="problems" className="problems" aria-labelledby={titles}>
      <button type="button" className="close-list" onClick={onClose}>
        {t.closeList} <kbd>Esc</kbd>
      </button>
      {problems.length > 0 && (
        <>
          <h2 id="problems-title">{t.problemsTitle}</h2>
          <p className="hint">{t.problemsHint}</p>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>
                <code className="path">{problem.path}</code>
                {/* A saved index from another version may hold a kind this one cannot say: its English reason then. */}
                <span className="reason">{(problem.problem && t.fileProblem(problem.problem)) || problem.reason}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {unread.length > 0 && (
        <>
          <h2 id="unread-title">{t.unreadTitle}</h2>
          <p className="hint">{t.unreadHint}</p>
          <ul>
            {unread.map(({ extension, count, examples }) => (
              <li key={extension}>
                <span className="reason">{t.unreadKind(extension, count)}</span>
                <span className="examples">
                  {examples.map((example) => (
                    <code key={example} className="path">
                      {example}
                    </code>
                  ))}
                  {count > examples.length && <span>{t.andMore(count - examples.length)}</span>}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
