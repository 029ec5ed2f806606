import { valueChangeInWords } from '../../core/config/upgrade/change-in-words.ts';
import { CHART_VERSION } from '../../core/model/chart-release.ts';
import { formatPath } from '../../core/model/json.ts';
import { ProblemDoc, ProblemText } from '../components/ProblemText.tsx';

/** Lists longer than this start folded. */
const FOLD_AFTER = 3;
import type { ImportReport } from '../share/notices.tsx';
import { useWizardSlice, type Slice } from '../state/wizard-context.tsx';

// re-renders when the work's imported file changes (Undo, Redo, New), not on each edit
const IMPORTED: Slice = { values: [], same: (a, b) => a.imported === b.imported };

/**
 * What an import changed to bring an old file to chart 4.4.0, and what else it noticed; once the
 * work no longer holds that import (Undo, New), a line that says so instead (Redo brings it back).
 */
export function ImportReportPanel({ report, onDismiss }: { report: ImportReport; onDismiss(): void }) {
  const { state } = useWizardSlice(IMPORTED);
  const { changes, notices } = report;
  const behaviour = report.behaviourChanges ?? [];
  // a long list of upgrade changes makes the whole report start folded, not only that list
  const long = changes.length > FOLD_AFTER;
  if (report.imported && state.imported !== report.imported) {
    return (
      <div className="notice notice-info" role="status">
        <p>The import of {report.source} is undone: the work no longer holds it. Redo brings it back.</p>
        <button type="button" className="notice-dismiss" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    );
  }
  return (
    <section className="notice notice-import" aria-labelledby="import-report-title">
      <div className="notice-head">
        <h2 id="import-report-title">Imported {report.source}</h2>
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      {changes.length === 0 && notices.length === 0 && <p>Nothing in it needed upgrading for chart {CHART_VERSION}.</p>}
      {changes.length > 0 && (
        // folded when long: on a phone the whole list was some 2,500 px tall
        <details className="import-fold" open={changes.length <= FOLD_AFTER}>
          <summary>
            <h3>Upgraded for chart {CHART_VERSION} ({changes.length} {changes.length === 1 ? 'change' : 'changes'})</h3>
          </summary>
          <ul className="import-changes" aria-label="Upgrade changes">
            {changes.map((c, i) => (
              <li key={i}>
                <code>{c.path}</code>
                {c.to !== undefined && (
                  <>
                    {' → '}
                    <code>{c.to}</code>
                  </>
                )}
                {valueChangeInWords(c) && <span className="import-values"> ({valueChangeInWords(c)})</span>}
                : {c.why}
              </li>
            ))}
          </ul>
        </details>
      )}
      {behaviour.length > 0 && (
        <details className="import-fold" open={!long && behaviour.length <= FOLD_AFTER}>
          <summary>
            <h3>Behaviour changes in chart 4.x ({behaviour.length})</h3>
          </summary>
          <p className="hint">Apart from the renamed keys: what chart {CHART_VERSION} does differently with these values after the upgrade. Each is also a warning in the problems list.</p>
          <ul className="import-changes" aria-label="Behaviour changes">
            {behaviour.map((p, i) => (
              <li key={i}>
                <code>{formatPath(p.path)}</code>: <ProblemText text={p.message} />
                <ProblemDoc href={p.doc} />
              </li>
            ))}
          </ul>
        </details>
      )}
      {notices.length > 0 && (
        <details className="import-fold" open={!long && notices.length <= FOLD_AFTER}>
          <summary>
            <h3>Notes ({notices.length})</h3>
          </summary>
          <ul aria-label="Import notes">
            {notices.map((n, i) => (
              <li key={i}>
                <ProblemText text={n} />
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="hint">Undo brings back the work you had before the import (also after a reload), and it is kept under Earlier setups.</p>
    </section>
  );
}
