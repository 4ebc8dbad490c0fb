import type { Problem } from '../../archive/model/article';
import { strings } from '../strings';

export interface ProblemsListProps {
  readonly problems: readonly Problem[];
  readonly onClose: () => void;
}

/** Files that were skipped, with the reason in plain words: one unreadable file never hides the rest. */
export function ProblemsList({ problems, onClose }: ProblemsListProps) {
  return (
    <section id="problems" className="problems" aria-labelledby="problems-title">
      <div className="problems-header">
        <h2 id="problems-title">{strings.problemsTitle}</h2>
        <button type="button" onClick={onClose}>
          {strings.closeList}
        </button>
      </div>
      <p className="hint">{strings.problemsHint}</p>
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
