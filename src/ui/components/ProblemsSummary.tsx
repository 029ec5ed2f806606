import { formatPath } from '../../core/model/json.ts';
import { useProblems } from '../state/problems.tsx';
import { goToProblem, settingLabel } from './problem-places.ts';
import { ProblemDoc, ProblemText } from './ProblemText.tsx';

/**
 * Every problem in one list, so one under a closed section or a key the forms do not show is seen too.
 *
 * The box is there from the first paint, one line high until the setup has been checked: the
 * validator loads after the page is on screen (often on the first click), and a box appearing above
 * the sections then moved every field down, sometimes between the press and the release of that
 * very click, which then landed on something else.
 */
export function ProblemsSummary() {
  const { all, checked } = useProblems();
  if (!checked) return <div className="problems-summary problems-status">Checking the setup…</div>;
  if (all.length === 0) return <div className="problems-summary problems-status">✓ No problems found</div>;
  const errors = all.filter((p) => p.severity === 'error').length;
  const warnings = all.length - errors;
  return (
    <details className="problems-summary" open={errors > 0}>
      <summary>
        {errors > 0 && <span className="msg-error">{errors} {errors === 1 ? 'error' : 'errors'}</span>}
        {errors > 0 && warnings > 0 && ', '}
        {warnings > 0 && <span className="msg-warning">{warnings} {warnings === 1 ? 'warning' : 'warnings'}</span>}
      </summary>
      <ul>
        {all.map((p, i) => (
          <li key={i} className={`msg msg-${p.severity}`}>
            <button type="button" className="problem-link" onClick={() => goToProblem(p)} title="Go to the setting">
              {p.setting ? settingLabel(p.setting) : <code>{formatPath(p.path)}</code>}
            </button>
            : <ProblemText text={p.message} />
            <ProblemDoc href={p.doc} />
          </li>
        ))}
      </ul>
    </details>
  );
}
