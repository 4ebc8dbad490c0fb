import type { Problem } from '../../archive/model/article';
import { useI18n } from '../i18n/i18n-context';

export interface ProblemsListProps {
  readonly problems: readonly Problem[];
  readonly onClose: () => void;
}

/** Files that were skipped, with the reason in plain words: one unreadable file never hides the rest. */
export function ProblemsList({ problems, onClose }: ProblemsListProps) {
  const { t } = useI18n();
  return (
    <section id="problems" className="problems" aria-labelledby="problems-title">
      <div className="problems-header">
        <h2 id="problems-title">{t.problemsTitle}</h2>
        <button type="button" onClick={onClose}>
          {t.closeList} <kbd>Esc</kbd>
        </button>
      </div>
      <p className="hint">{t.problemsHint}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code className="path">{problem.path}</code>
            <span className="reason">{problem.reason}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
