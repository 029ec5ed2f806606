import { useCallback, useMemo, useRef, useState } from 'react';
import { manifestsToYaml, renderRelease } from '../../core/chart/index.ts';
import { CLUSTER_ISSUER_FILE, clusterIssuer, issuerToYaml } from '../../core/next-steps/index.ts';
import { isObject } from '../../core/model/json.ts';
import { DEFAULT_KUBE_VERSION, type WizardState } from '../../core/model/state.ts';
import { downloadText } from './download.ts';
import { ChartErrors } from './manifests/ChartErrors.tsx';
import { APPLY_YOURSELF, groupEntries, manifestEntries, shownGroups, type ShownGroup } from './manifests/entries.ts';
import { ManifestsToolbar } from './manifests/ManifestsToolbar.tsx';
import { ResourceGroup } from './manifests/ResourceGroup.tsx';
import { sessionRandomBytes } from './manifests/session-random.ts';
import { useEditChanges } from './manifests/use-edit-changes.ts';

/** The chart's render for the preview: secrets from the session's pool, so they hold still between edits. */
function renderPreview({ values, release, namespace, kubeVersion }: Pick<WizardState, 'values' | 'release' | 'namespace' | 'kubeVersion'>) {
  return renderRelease(values, { release, namespace, kubeVersion: kubeVersion ?? DEFAULT_KUBE_VERSION, randomBytes: sessionRandomBytes() });
}

const GROUP_TITLES: Record<string, string> = { [APPLY_YOURSELF]: 'Apply yourself (not rendered by the chart)' };
const APPLY_NOTE = `After installing cert-manager: kubectl apply -f ${CLUSTER_ISSUER_FILE} (see Next steps).`;

/**
 * The manifests chart 4.4.0 renders from the wizard's state, grouped by component and folded.
 *
 * Only what is unfolded, copied or downloaded is turned into YAML. So there is no element holding
 * the whole manifests.yaml text (keeping one would stringify every object on every keystroke):
 * the e2e test reads the downloaded file instead, which is exactly `manifestsToYaml` of the render.
 * Generated secrets come from the session's random pool (session-random.ts), so they stay put
 * between edits and only what an edit really changes is highlighted.
 *
 * Per keystroke: the chart render is incremental (an object an edit does not touch keeps its
 * identity), so the entries, groups and items of untouched resources keep theirs too and React
 * skips them (ResourceGroup, ResourceItem and ResourceYaml are memoized). The preview renders
 * the latest state directly, in one render per edit: no deferred second pass.
 */
export function ManifestsPreview({ state }: { state: WizardState }) {
  const { values, release, namespace, kubeVersion, certManager } = state;
  const rendered = useMemo(() => renderPreview({ values, release, namespace, kubeVersion }), [values, release, namespace, kubeVersion]);
  // the issuer reads the HTTPS settings (proxy.https, the Ingress annotations) and certManager only
  const proxy = values.proxy;
  const annotations = isObject(values.ingress) ? values.ingress.annotations : undefined;
  const issuer = useMemo(() => clusterIssuer(state), [certManager, namespace, proxy, annotations]);
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
  // groups an edit did not touch are the same objects as in the previous render
  const lastShown = useRef<readonly ShownGroup[]>([]);
  const shown = useMemo(() => shownGroups(groups, filter, changes.changed, lastShown.current), [groups, filter, changes]);
  lastShown.current = shown;
  const chartTotal = rendered.objects.length;
  const chartShown = shown.reduce((n, g) => n + (g.name === APPLY_YOURSELF ? 0 : g.entries.length), 0);
  // the handlers read the latest render when called, so they keep their identity while typing
  const latest = useRef({ rendered, shown, entries });
  latest.current = { rendered, shown, entries };
  const allText = useCallback(() => manifestsToYaml(latest.current.rendered.objects), []);
  const objectOf = useCallback((key: string) => latest.current.entries.find((e) => e.key === key)?.object, []);
  const onDownload = useCallback(() => downloadText('manifests.yaml', allText()), [allText]);
  const onExpandAll = useCallback(() => setOpen(new Set(latest.current.shown.flatMap((g) => g.entries.map((e) => e.key)))), []);
  const onCollapseAll = useCallback(() => setOpen(new Set()), []);
  const issuerActions = useMemo(() => issuer && (
    <button type="button" onClick={() => downloadText(CLUSTER_ISSUER_FILE, issuerToYaml(issuer))}>Download {CLUSTER_ISSUER_FILE}</button>
  ), [issuer]);
  return (
    <div className="preview-pane manifests-preview" data-testid="manifests-preview">
      <ManifestsToolbar total={chartTotal} shown={chartShown} applyYourself={issuer ? 1 : 0} filter={filter} onFilter={setFilter}
        onExpandAll={onExpandAll} onCollapseAll={onCollapseAll} onDownload={onDownload} allText={allText} />
      <ChartErrors errors={rendered.errors} />
      {changes.removed.length > 0 && (
        <p className="manifests-removed" data-testid="manifests-removed">Removed by the last edit: {changes.removed.join(', ')}</p>
      )}
      {/* the frame takes the pane's remaining height; the list inside is sized by it alone (see styles.css) */}
      <div className="manifest-groups-frame">
        <div className="manifest-groups">
          {shown.map((g) => (
            <ResourceGroup key={g.name} title={GROUP_TITLES[g.name] ?? g.name} entries={g.entries} total={g.total} open={open} changes={g.changes} onToggle={toggle} objectOf={objectOf}
              actions={g.name === APPLY_YOURSELF ? issuerActions ?? undefined : undefined}
              note={g.name === APPLY_YOURSELF ? APPLY_NOTE : undefined} />
          ))}
          {shown.length === 0 && entries.length > 0 && <p className="hint">No resource matches “{filter}”.</p>}
        </div>
      </div>
    </div>
  );
}
