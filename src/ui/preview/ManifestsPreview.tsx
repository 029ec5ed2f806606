import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { manifestsToYaml, renderRelease } from '../../core/chart/index.ts';
import { CLUSTER_ISSUER_FILE, clusterIssuer, issuerToYaml } from '../../core/next-steps/index.ts';
import type { WizardState } from '../../core/model/state.ts';
import { downloadText } from './download.ts';
import { ChartErrors } from './manifests/ChartErrors.tsx';
import { APPLY_YOURSELF, groupEntries, manifestEntries, matchesFilter } from './manifests/entries.ts';
import { ManifestsToolbar } from './manifests/ManifestsToolbar.tsx';
import { ResourceGroup } from './manifests/ResourceGroup.tsx';
import { sessionRandomBytes } from './manifests/session-random.ts';
import { useEditChanges } from './manifests/use-edit-changes.ts';

/** The chart's render for the preview: secrets from the session's pool, so they hold still between edits. */
function renderPreview({ values, release, namespace }: Pick<WizardState, 'values' | 'release' | 'namespace'>) {
  return renderRelease(values, { release, namespace, randomBytes: sessionRandomBytes() });
}

const GROUP_TITLES: Record<string, string> = { [APPLY_YOURSELF]: 'Apply yourself (not rendered by the chart)' };

/**
 * The manifests chart 4.4.0 renders from the wizard's state, grouped by component and folded.
 *
 * Only what is unfolded, copied or downloaded is turned into YAML. So there is no element holding
 * the whole manifests.yaml text (keeping one would stringify every object on every keystroke):
 * the e2e test reads the downloaded file instead, which is exactly `manifestsToYaml` of the render.
 * Generated secrets come from the session's random pool (session-random.ts), so they stay put
 * between edits and only what an edit really changes is highlighted.
 */
export function ManifestsPreview({ state: current }: { state: WizardState }) {
  // on a big config the chart render lags behind typing rather than holding up the input
  const state = useDeferredValue(current);
  const { values, release, namespace } = state;
  const rendered = useMemo(() => renderPreview({ values, release, namespace }), [values, release, namespace]);
  const issuer = useMemo(() => clusterIssuer(state), [state]);
  const entries = useMemo(() => manifestEntries(rendered.objects, issuer), [rendered, issuer]);
  const changes = useEditChanges(entries);

  const [filter, setFilter] = useState('');
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback((key: string) => setOpen((o) => {
    const next = new Set(o);
    if (!next.delete(key)) next.add(key);
    return next;
  }), []);

  const groups = useMemo(() => groupEntries(entries), [entries]);
  const shownGroups = useMemo(
    () => groups.map((g) => ({ ...g, total: g.entries.length, entries: g.entries.filter((e) => matchesFilter(e, filter)) })).filter((g) => g.entries.length > 0),
    [groups, filter],
  );
  const chartTotal = rendered.objects.length;
  const chartShown = shownGroups.reduce((n, g) => n + (g.name === APPLY_YOURSELF ? 0 : g.entries.length), 0);
  // what was typed last, even if the list above has not caught up with it yet
  const allText = useCallback(
    () => manifestsToYaml((state === current ? rendered : renderPreview(current)).objects),
    [state, current, rendered],
  );

  return (
    <div className="preview-pane manifests-preview" data-testid="manifests-preview" aria-busy={state !== current}>
      <ManifestsToolbar total={chartTotal} shown={chartShown} applyYourself={issuer ? 1 : 0} filter={filter} onFilter={setFilter}
        onExpandAll={() => setOpen(new Set(shownGroups.flatMap((g) => g.entries.map((e) => e.key))))}
        onCollapseAll={() => setOpen(new Set())}
        onDownload={() => downloadText('manifests.yaml', allText())} allText={allText} />
      <ChartErrors errors={rendered.errors} />
      {changes.removed.length > 0 && (
        <p className="manifests-removed" data-testid="manifests-removed">Removed by the last edit: {changes.removed.join(', ')}</p>
      )}
      <div className="manifest-groups">
        {shownGroups.map((g) => (
          <ResourceGroup key={g.name} title={GROUP_TITLES[g.name] ?? g.name} entries={g.entries} total={g.total} open={open} changes={changes} onToggle={toggle}
            actions={g.name === APPLY_YOURSELF && issuer ? (
              <button type="button" onClick={() => downloadText(CLUSTER_ISSUER_FILE, issuerToYaml(issuer))}>Download {CLUSTER_ISSUER_FILE}</button>
            ) : undefined}
            note={g.name === APPLY_YOURSELF ? `After installing cert-manager: kubectl apply -f ${CLUSTER_ISSUER_FILE} (see Next steps).` : undefined} />
        ))}
        {shownGroups.length === 0 && entries.length > 0 && <p className="hint">No resource matches “{filter}”.</p>}
      </div>
    </div>
  );
}
