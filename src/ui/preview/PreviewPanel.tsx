import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { writeConfig } from '../../core/config/write-config-for-state.ts';
import { useWizard } from '../state/wizard-context.tsx';
import { ConfigPreview } from './ConfigPreview.tsx';
import { ManifestsPreview } from './ManifestsPreview.tsx';
import { NextStepsPreview } from './NextStepsPreview.tsx';

const TABS = [
  { id: 'config', label: 'config.yaml' },
  { id: 'manifests', label: 'Manifests' },
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
  const configText = useMemo(() => writeConfig(state), [state]);
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
    <div className="preview">
      <div role="tablist" aria-label="Preview" className="tabs" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button key={t.id} ref={(el) => void (el ? tabRefs.current.set(t.id, el) : tabRefs.current.delete(t.id))} type="button" role="tab"
            id={`tab-${t.id}`} aria-selected={tab === t.id} aria-controls={`panel-${t.id}`} tabIndex={tab === t.id ? 0 : -1} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'config' && <ConfigPreview text={configText} />}
        {tab === 'manifests' && <ManifestsPreview state={state} />}
        {tab === 'next-steps' && <NextStepsPreview state={state} />}
      </div>
    </div>
  );
}
