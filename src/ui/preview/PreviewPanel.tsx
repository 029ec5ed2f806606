import { useMemo, useState } from 'react';
import { manifestsToYaml, renderChart } from '../../core/chart/index.ts';
import { writeConfig } from '../../core/config/write-config-for-state.ts';
import { useWizard } from '../state/wizard-context.tsx';
import { ConfigPreview } from './ConfigPreview.tsx';
import { ManifestsPreview } from './ManifestsPreview.tsx';

type Tab = 'config' | 'manifests';

export function PreviewPanel() {
  const { state } = useWizard();
  const [tab, setTab] = useState<Tab>('config');
  const configText = useMemo(() => writeConfig(state), [state]);
  const rendered = useMemo(
    () => renderChart(state.values, { release: state.release, namespace: state.namespace }),
    [state.values, state.release, state.namespace],
  );
  const manifestsText = useMemo(() => manifestsToYaml(rendered.objects), [rendered]);
  return (
    <div className="preview">
      <div role="tablist" aria-label="Preview" className="tabs">
        <TabButton id="config" current={tab} onSelect={setTab}>config.yaml</TabButton>
        <TabButton id="manifests" current={tab} onSelect={setTab}>Manifests</TabButton>
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'config' ? <ConfigPreview text={configText} /> : <ManifestsPreview result={rendered} text={manifestsText} />}
      </div>
    </div>
  );
}

function TabButton({ id, current, onSelect, children }: { id: Tab; current: Tab; onSelect(t: Tab): void; children: string }) {
  return (
    <button type="button" role="tab" id={`tab-${id}`} aria-selected={current === id} aria-controls={`panel-${id}`} onClick={() => onSelect(id)}>
      {children}
    </button>
  );
}
