import { formatPath } from '../../core/model/json.ts';
import { useProblems } from '../state/problems.tsx';

/** Every problem in one list, so one under a closed section or a key the forms do not show is seen too. */
export function ProblemsSummary() {
  const { all } = useProblems();
  if (all.length === 0) return null;
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
            <code>{p.setting ?? formatPath(p.path)}</code>: {p.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
