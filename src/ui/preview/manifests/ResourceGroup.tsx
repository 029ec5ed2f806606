import { memo, useId, type ReactNode } from 'react';
import type { JsonObject } from '../../../core/model/json.ts';
import type { ManifestEntry } from './entries.ts';
import { ResourceItem } from './ResourceItem.tsx';

/**
 * A heading with its count, then the group's resources. Memoized: the props stay the same
 * (by identity) for a group an edit did not touch, so typing re-renders only the touched groups.
 */
export const ResourceGroup = memo(function ResourceGroup({
  title,
  entries,
  total,
  open,
  changes,
  onToggle,
  objectOf,
  actions,
  note,
}: {
  title: string;
  entries: readonly ManifestEntry[];
  /** how many the group holds before filtering */
  total: number;
  open: ReadonlySet<string>;
  /** the last edit's changes to this group's entries: key → the object before (null: added) */
  changes: ReadonlyMap<string, JsonObject | null>;
  onToggle(key: string): void;
  /** the latest object of a resource, by key (for Copy on a folded resource) */
  objectOf(key: string): JsonObject | undefined;
  actions?: ReactNode;
  note?: string;
}) {
  const headingId = useId();
  const changed = changes.size;
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
          <ResourceItem key={e.key} entry={e} open={open.has(e.key)} previous={changes.get(e.key)} onToggle={onToggle} objectOf={objectOf} />
        ))}
      </ul>
    </section>
  );
});
