import { useDeferredValue, useMemo } from 'react';
import type { WizardState } from '../../core/model/state.ts';
import type { StateChanges } from '../../core/upgrade-diff/changes-for-state.ts';
import './changes-preview.css';
import { loadEngine, useEngine } from '../engine/load-engine.ts';
import { BaselineControls } from './changes/BaselineControls.tsx';
import { ConfigDiff } from './changes/ConfigDiff.tsx';
import { ImpactList } from './changes/ImpactList.tsx';
import { ResourceChangeItem } from './changes/ResourceChangeItem.tsx';

/**
 * The Changes tab: what `helm upgrade` from the baseline (the deployed setup) to this one changes
 * — the config.yaml lines, each object field by field, and what it means. Two renders per edit,
 * so it follows the typing a moment behind (useDeferredValue) rather than slowing it.
 */
export function ChangesPreview({ state }: { state: WizardState }) {
  const shown = useDeferredValue(state);
  // the renderer and the YAML reader are the engine's (the one chunk that holds them)
  const engine = useEngine();
  if (!engine) void loadEngine();
  const changes = useMemo(() => engine?.changesForState(shown), [engine, shown]);
  if (!engine) return <p className="hint">Loading…</p>;
  return (
    <div className="changes-preview" data-testid="changes-preview">
      <BaselineControls state={state} label={changes?.label} />
      {!changes && (
        <p className="hint">
          Nothing to compare with yet. Import the config.yaml that is deployed (or open it here as the deployed file), or open a link:
          then this tab shows what <code>helm upgrade</code> would change, and what that means for your users.
        </p>
      )}
      {changes && !changes.ok && <p className="msg msg-error" role="alert">{changes.message}</p>}
      {changes?.ok && <ChangesBody changes={changes} />}
    </div>
  );
}

function ChangesBody({ changes }: { changes: Extract<StateChanges, { ok: true }> }) {
  const { comparison: c, impacts } = changes;
  const refused = [...c.beforeErrors.map((e) => `The deployed setup: ${e.message}`), ...c.afterErrors.map((e) => `This setup: ${e.message}`)];
  const n = c.counts;
  return (
    <>
      {refused.length > 0 && (
        <ul className="chart-errors" role="alert">{refused.map((r) => <li key={r}>helm refuses {r}</li>)}</ul>
      )}
      <p className="changes-counts" data-testid="changes-counts" role="status">
        {refused.length > 0 ? 'No comparison while helm refuses a side.'
          : c.resources.length === 0 ? `No changes: helm upgrade would change nothing (${n.unchanged} objects unchanged).`
          : `${n.changed} changed, ${n.added} added, ${n.removed} removed, ${n.unchanged} unchanged.`}
      </p>
      {impacts.length > 0 && <ImpactList impacts={impacts} />}
      {c.resources.length > 0 && (
        <section aria-labelledby="changes-resources-title">
          <h3 id="changes-resources-title" className="changes-title">Objects</h3>
          <ul className="changes-resources">{c.resources.map((r, i) => <ResourceChangeItem key={`${r.key}#${i}`} change={r} />)}</ul>
        </section>
      )}
      <ConfigDiff lines={changes.config} />
    </>
  );
}
