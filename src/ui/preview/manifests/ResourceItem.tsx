import { memo } from 'react';
import type { JsonObject } from '../../../core/model/json.ts';
import { CopyButton } from '../CopyButton.tsx';
import type { ManifestEntry } from './entries.ts';
import { resourceYaml } from './resource-yaml.ts';
import { ResourceYaml } from './ResourceYaml.tsx';

/**
 * One resource, folded to its `Kind name` line until opened; its YAML is stringified only when
 * it is open or copied.
 */
export const ResourceItem = memo(function ResourceItem({
  entry,
  open,
  previous,
  onToggle,
}: {
  entry: ManifestEntry;
  open: boolean;
  /** the object before the last edit: null if the edit added it, undefined if it did not change */
  previous: JsonObject | null | undefined;
  onToggle(key: string): void;
}) {
  const title = `${entry.kind} ${entry.name}`;
  const bodyId = `resource-${entry.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const status = previous === undefined ? null : previous === null ? 'new' : 'changed';
  return (
    <li className={`resource${status ? ' resource-changed' : ''}`} data-testid={`resource ${title}`} data-status={status ?? undefined}>
      <div className="resource-head">
        <button type="button" className="resource-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => onToggle(entry.key)}>
          <span className="chevron" aria-hidden="true">{open ? '▾' : '▸'}</span>
          <span className="resource-kind">{entry.kind}</span> <span className="resource-name">{entry.name}</span>
        </button>
        {status && <span className="resource-badge">{status}</span>}
        <span className="resource-api" title={entry.source ? `from ${entry.source}` : undefined}>{entry.apiVersion}</span>
        <CopyButton text={() => resourceYaml(entry.object)} label={`Copy ${title}`} />
      </div>
      {open && <ResourceYaml id={bodyId} label={`${title} YAML`} object={entry.object} previous={previous} />}
    </li>
  );
});
