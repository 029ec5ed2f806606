import { valueChangeInWords } from '../../core/config/upgrade/change-in-words.ts';
import type { ImportReport } from '../share/notices.tsx';

/** What an import changed to bring an old file to chart 4.4.0, and what else it noticed. */
export function ImportReportPanel({ report, onDismiss }: { report: ImportReport; onDismiss(): void }) {
  const { changes, notices } = report;
  return (
    <section className="notice notice-import" aria-labelledby="import-report-title">
      <div className="notice-head">
        <h2 id="import-report-title">Imported {report.source}</h2>
        <button type="button" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
      {changes.length === 0 && notices.length === 0 && <p>Nothing in it needed upgrading for chart 4.4.0.</p>}
      {changes.length > 0 && (
        <>
          <h3>Upgraded for chart 4.4.0</h3>
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
        </>
      )}
      {notices.length > 0 && (
        <>
          <h3>Notes</h3>
          <ul aria-label="Import notes">
            {notices.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </>
      )}
      <p className="hint">Undo brings back the work you had before the import.</p>
    </section>
  );
}
