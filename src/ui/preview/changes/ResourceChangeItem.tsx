import { useState } from 'react';
import { engine } from '../../engine/load-engine.ts';
import type { ResourceChange } from '../../../core/upgrade-diff/resource-diff.ts';

const BADGE = { added: 'added', removed: 'removed', changed: 'changed' } as const;

/** One object the upgrade adds, removes or changes; a changed one unfolds to its fields. */
export function ResourceChangeItem({ change: r }: { change: ResourceChange }) {
  const [open, setOpen] = useState(r.change === 'changed' && r.fields.length <= 12);
  const title = `${r.kind} ${r.name}`;
  const id = `change-${r.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return (
    <li className={`resource change-${r.change}`} data-testid={`change ${title}`} data-change={r.change}>
      <div className="resource-head">
        {r.fields.length > 0 ? (
          <button type="button" className="resource-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
            <span className="chevron" aria-hidden="true">{open ? '▾' : '▸'}</span>
            <span className="resource-kind">{r.kind}</span> <span className="resource-name">{r.name}</span>
          </button>
        ) : (
          <span className="resource-toggle"><span className="resource-kind">{r.kind}</span> <span className="resource-name">{r.name}</span></span>
        )}
        <span className="resource-badge">{BADGE[r.change]}{r.fields.length > 0 ? ` · ${r.fields.length} field${r.fields.length === 1 ? '' : 's'}` : ''}</span>
        <span className="resource-api">{r.source}</span>
      </div>
      {open && r.fields.length > 0 && (
        <ul id={id} className="field-changes" aria-label={`${title}: changed fields`}>
          {r.fields.map((f) => {
            const { describeField, formatFieldPath } = engine(); // loaded: the tab waits for it
            const d = describeField(f);
            return (
              <li key={formatFieldPath(f.path)} className={`field-change field-${f.change}`}>
                <code>{d.line}</code>
                {d.lines && <pre className="code field-lines">{d.lines.join('\n')}</pre>}
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}
