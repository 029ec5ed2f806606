import { memo } from 'react';
import type { JsonObject } from '../../../core/model/json.ts';
import { CopyButton } from '../CopyButton.tsx';
import type { ManifestEntry } from './entries.ts';
import { resourceYaml } from './resource-yaml.ts';
import { ResourceYaml } from './ResourceYaml.tsx';

interface ItemProps {
  entry: ManifestEntry;
  open: boolean;
  /** the object before the last edit: null if the edit added it, undefined if it did not change */
  previous: JsonObject | null | undefined;
  onToggle(key: string): void;
  /** the latest object of the resource with this key (stable: it reads the latest render) */
  objectOf(key: string): JsonObject | undefined;
}

/**
 * One resource, folded to its `Kind name` line until opened; its YAML is stringified only when
 * it is open or copied.
 *
 * Folded, it shows only the entry's heading and whether the last edit changed it: a keystroke
 * that makes a new object for it (hub's Secret and Deployment change with every value) does not
 * re-render it. Copy reads the resource's latest object through `objectOf` when clicked.
 */
export const ResourceItem = memo(function ResourceItem({ entry, open, previous, onToggle, objectOf }: ItemProps) {
  const title = `${entry.kind} ${entry.name}`;
  const bodyId = `resource-${entry.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const status = statusOf(previous);
  return (
    <li className={`resource${status ? ' resource-changed' : ''}`} data-testid={`resource ${title}`} data-status={status ?? undefined}>
      <div className="resource-head">
        <button type="button" className="resource-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => onToggle(entry.key)}>
          <span className="chevron" aria-hidden="true">{open ? '▾' : '▸'}</span>
          <span className="resource-kind">{entry.kind}</span> <span className="resource-name">{entry.name}</span>
        </button>
        {status && <span className="resource-badge">{status}</span>}
        <span className="resource-api" title={entry.source ? `from ${entry.source}` : undefined}>{entry.apiVersion}</span>
        <CopyButton text={() => resourceYaml(objectOf(entry.key) ?? entry.object)} label={`Copy ${title}`} />
      </div>
      {open && <ResourceYaml id={bodyId} label={`${title} YAML`} object={entry.object} previous={previous} />}
    </li>
  );
}, sameItem);

function statusOf(previous: JsonObject | null | undefined): 'new' | 'changed' | null {
  return previous === undefined ? null : previous === null ? 'new' : 'changed';
}

/** Open: any change re-renders. Folded: only what the heading shows. */
function sameItem(a: ItemProps, b: ItemProps): boolean {
  if (a.open !== b.open || a.onToggle !== b.onToggle || a.objectOf !== b.objectOf) return false;
  if (b.open) return a.entry === b.entry && a.previous === b.previous;
  const x = a.entry;
  const y = b.entry;
  return (x === y || (x.key === y.key && x.kind === y.kind && x.name === y.name && x.apiVersion === y.apiVersion && x.source === y.source))
    && statusOf(a.previous) === statusOf(b.previous);
}
