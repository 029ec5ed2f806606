import { useId, useRef, useState } from 'react';
import type { WizardState } from '../../../core/model/state.ts';
import { engine } from '../../engine/load-engine.ts';
import { useWizard } from '../../state/wizard-context.tsx';

/**
 * What the changes are against, and the ways to change that knowingly: open the deployed
 * config.yaml (kept until forgotten, also through a later import), go back to the imported file,
 * or forget the baseline. Each is an undoable step.
 */
export function BaselineControls({ state, label }: { state: WizardState; label: string | undefined }) {
  const { apply } = useWizard();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const { setBaseline } = engine(); // loaded: the tab waits for it
  const open = async (file: File | undefined) => {
    if (!file) return;
    // read-file is in the page's first chunks already: imported on use, it stays there
    const { readConfigFile } = await import('../../import/read-file.ts');
    const read = await readConfigFile(file);
    // the Changes tab shows these controls once the engine has loaded
    const restored = read.ok ? engine().restore({ kind: 'text', text: read.text }) : read;
    if (!restored.ok) {
      const at = restored.error.line ? ` (line ${restored.error.line}, column ${restored.error.col})` : '';
      setError(`${file.name} was not taken as the deployed setup${at}: ${restored.error.message}`);
      return;
    }
    setError(null);
    apply(setBaseline({ from: 'file', name: file.name, file: restored.imported }));
  };
  const b = state.baseline;
  return (
    <div className="preview-actions baseline-controls">
      <span className="baseline-label" data-testid="baseline-label">{label ? <>Compared with {label}</> : 'No baseline'}</span>
      <button type="button" onClick={() => input.current?.click()} aria-describedby={error ? errorId : undefined}>
        Open the deployed config.yaml…
      </button>
      <input ref={input} type="file" accept=".yaml,.yml,text/yaml,text/plain" hidden data-testid="baseline-file"
        onChange={(e) => { void open(e.target.files?.[0]); e.target.value = ''; }} />
      {b?.from === 'file' && state.imported && <button type="button" onClick={() => apply(setBaseline({ from: 'import' }))}>Compare with the imported file</button>}
      {label && <button type="button" onClick={() => apply(setBaseline(undefined))}>Forget the baseline</button>}
      {error && <span id={errorId} className="msg msg-error" role="alert">{error}</span>}
    </div>
  );
}
