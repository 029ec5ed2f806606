import { useId, type ReactNode } from 'react';
import type { EditChanges } from './changes.ts';
import type { ManifestEntry } from './entries.ts';
import { ResourceItem } from './ResourceItem.tsx';

/** A heading with its count, then the group's resources. */
export function ResourceGroup({
  title,
  entries,
  total,
  open,
  changes,
  onToggle,
  actions,
  note,
}: {
  title: string;
  entries: readonly ManifestEntry[];
  /** how many the group holds before filtering */
  total: number;
  open: ReadonlySet<string>;
  changes: EditChanges;
  onToggle(key: string): void;
  actions?: ReactNode;
  note?: string;
}) {
  const headingId = useId();
  const changed = entries.filter((e) => changes.changed.has(e.key)).length;
  return (
    <section className="resource-group" aria-labelledby={headingId} data-testid={`group ${title}`}>
      <div className="resource-group-head">
        <h3 id={headingId}>
          {title} <span className="group-count">({entries.length === total ? total : `${entries.length} of ${total}`})</span>
        </h3>
        {changed > 0 && <span className="resource-badge">{changed} changed</span>}
        {actions}
      </div>
      {note && <p className="hint resource-group-note">{note}</p>}
      <ul className="resources">
        {entries.map((e) => (
          <ResourceItem key={e.key} entry={e} open={open.has(e.key)} previous={changes.changed.get(e.key)} onToggle={onToggle} />
        ))}
      </ul>
    </section>
  );
}
