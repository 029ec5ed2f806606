import { lazy, Suspense, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { BLANK_CONFIG_YAML } from '../../core/config/blank-config.ts';
import { loadEngine, useEngine } from '../engine/load-engine.ts';
import { useWizard } from '../state/wizard-context.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { ConfigPreview } from './ConfigPreview.tsx';

// The chart renderer and the next steps load with their tabs, not with the page.
const ManifestsPreview = lazy(() => import('./ManifestsPreview.tsx').then((m) => ({ default: m.ManifestsPreview })));
const ChangesPreview = lazy(() => import('./ChangesPreview.tsx').then((m) => ({ default: m.ChangesPreview })));
const NextStepsPreview = lazy(() => import('./NextStepsPreview.tsx').then((m) => ({ default: m.NextStepsPreview })));

/** the wrapper of a setup made here (one array, so the editor's props stay equal between renders) */
const NO_WRAPPER: readonly string[] = [];

const TABS = [
  { id: 'config', label: 'config.yaml' },
  { id: 'manifests', label: 'Manifests' },
  { id: 'changes', label: 'Changes' },
  { id: 'next-steps', label: 'Next steps' },
] as const;
type Tab = (typeof TABS)[number]['id'];

/**
 * The preview tabs. Only the open tab is rendered: the chart is rendered only while the
 * Manifests tab is open, so typing with config.yaml showing costs no chart render.
 */
export function PreviewPanel() {
  const { state } = useWizard();
  const [tab, setTab] = useState<Tab>('config');
  // config.yaml is written by the engine, which loads right after the first paint (and before it
  // when work is stored or a link is opened). Until it is here, only a new, blank setup can show,
  // and its config.yaml is `{}`: the writer stays out of the first bundle.
  const engine = useEngine();
  const blank = !state.imported && Object.keys(state.values).length === 0;
  if (!blank && !engine) void loadEngine();
  const showConfig = tab === 'config';
  const configText = useMemo(
    () => (!showConfig ? null : engine ? engine.writeConfig(state) : blank ? BLANK_CONFIG_YAML : null),
    [showConfig, state, engine, blank],
  );
  const tabRefs = useRef(new Map<Tab, HTMLButtonElement>());
  // arrow keys move between tabs (the WAI-ARIA tabs pattern)
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const i = TABS.findIndex((t) => t.id === tab);
    const next = TABS[(i + step + TABS.length) % TABS.length]!.id;
    setTab(next);
    tabRefs.current.get(next)?.focus();
  };
  return (
    <div className={`preview preview-${tab}`}>
      <div role="tablist" aria-label="Preview" className="tabs" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button key={t.id} ref={(el) => void (el ? tabRefs.current.set(t.id, el) : tabRefs.current.delete(t.id))} type="button" role="tab"
            id={`tab-${t.id}`} aria-selected={tab === t.id} aria-controls={`panel-${t.id}`} tabIndex={tab === t.id ? 0 : -1} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {showConfig && (configText === null ? <p className="hint">{state.imported ? 'Reading the imported file…' : 'Writing config.yaml…'}</p> : <ConfigPreview text={configText} draft={state.configDraft} wrapperPath={state.imported?.wrapperPath ?? NO_WRAPPER} />)}
        {tab !== 'config' && (
          // its own boundary: a failure here (even its chunk failing to load) leaves config.yaml usable
          <ErrorBoundary key={tab} name={tab === 'manifests' ? 'The manifests preview' : tab === 'changes' ? 'The changes view' : 'The next steps'}>
            <Suspense fallback={<p className="hint">Loading…</p>}>
              {tab === 'manifests' && <ManifestsPreview state={state} />}
              {tab === 'changes' && <ChangesPreview state={state} />}
              {tab === 'next-steps' && <NextStepsPreview state={state} />}
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
    </div>
  );
}
