import { useEffect } from 'react';
import { PRESET_TITLES } from '../../core/presets/preset-titles.ts';
import { useAfterFirstPaint } from '../components/use-after-first-paint.ts';
import { useWizardSlice, type Slice } from '../state/wizard-context.tsx';

/** The parts of the setup this section reads; it re-renders only when they change. */
const SLICE: Slice = { values: [], meta: ['release', 'namespace'] };

// The presets build with the forms' code: it loads right after the first paint, not before it.
const loadPresets = () => import('../../core/presets/presets.ts');

/** One click to a typical setup; it replaces the current one, and Undo brings that back. */
export function PresetsBar() {
  const { apply } = useWizardSlice(SLICE);
  const painted = useAfterFirstPaint();
  useEffect(() => void (painted && loadPresets()), [painted]);
  const choose = (id: string) =>
    void loadPresets().then(({ presetById }) => {
      const preset = presetById(id);
      if (preset) apply((state) => preset.build(state.release, state.namespace));
    });
  return (
    <section className="presets" aria-labelledby="presets-title">
      <h2 id="presets-title" className="presets-title">Start from a preset</h2>
      <div className="preset-buttons">
        {PRESET_TITLES.map((p) => (
          <button key={p.id} type="button" title={p.description} aria-describedby={`preset-${p.id}-desc`} onClick={() => choose(p.id)}>
            {p.title}
            <span id={`preset-${p.id}-desc`} className="visually-hidden">{p.description}</span>
          </button>
        ))}
      </div>
      <p className="hint">A preset replaces the current setup; Undo brings it back.</p>
    </section>
  );
}
