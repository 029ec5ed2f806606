import { useMemo } from 'react';
import type { DiffLine } from '../../../core/upgrade-diff/line-diff.ts';
import { engine } from '../../engine/load-engine.ts';

/** config.yaml against the baseline's, as the changed lines with three lines around them. */
export function ConfigDiff({ lines }: { lines: DiffLine[] }) {
  const shown = useMemo(() => engine().hunks(lines), [lines]);
  const added = lines.filter((l) => l.op === '+').length;
  const removed = lines.filter((l) => l.op === '-').length;
  return (
    <section aria-labelledby="changes-config-title">
      <h3 id="changes-config-title" className="changes-title">config.yaml <span className="group-count">+{added} −{removed} lines</span></h3>
      {added + removed === 0 ? (
        <p className="hint">config.yaml is the same as the deployed one.</p>
      ) : (
        <pre className="code config-diff" data-testid="config-diff" aria-label="config.yaml changes" tabIndex={0}>
          {shown.map((l, i) =>
            l === null ? <span key={i} className="diff-gap">⋯{'\n'}</span>
              : <span key={i} className={l.op === '+' ? 'diff-add' : l.op === '-' ? 'diff-del' : undefined}>{`${l.op} ${l.text}\n`}</span>)}
        </pre>
      )}
    </section>
  );
}
