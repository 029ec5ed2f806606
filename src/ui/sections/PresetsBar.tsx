import { presets } from '../../core/presets/presets.ts';
import { useWizardSlice, type Slice } from '../state/wizard-context.tsx';

/** The parts of the setup this section reads; it re-renders only when they change. */
const SLICE: Slice = { values: [], meta: ['release', 'namespace'] };

/** One click to a typical setup; it replaces the current one, and Undo brings that back. */
export function PresetsBar() {
  const { state, apply } = useWizardSlice(SLICE);
  return (
    <section className="presets" aria-labelledby="presets-title">
      <h2 id="presets-title" className="presets-title">Start from a preset</h2>
      <div className="preset-buttons">
        {presets.map((p) => (
          <button key={p.id} type="button" title={p.description} aria-describedby={`preset-${p.id}-desc`}
            onClick={() => apply(() => p.build(state.release, state.namespace))}>
            {p.title}
            <span id={`preset-${p.id}-desc`} className="visually-hidden">{p.description}</span>
          </button>
        ))}
      </div>
      <p className="hint">A preset replaces the current setup; Undo brings it back.</p>
    </section>
  );
}
