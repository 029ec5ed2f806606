import { useEffect, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies `text` (or what `text()` returns, computed only on click) to the clipboard and says so
 * for a moment. `label` names what is copied for screen readers when the visible text is short.
 */
export function CopyButton({ text, label, children = 'Copy', disabled }: { text: string | (() => string); label?: string; children?: string; disabled?: boolean }) {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const t = setTimeout(() => setState('idle'), 1500);
    return () => clearTimeout(t);
  }, [state]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <button type="button" className="copy-button" aria-label={label} disabled={disabled} onClick={() => void copy()}>
      {state === 'copied' ? 'Copied ✓' : state === 'failed' ? 'Copy failed' : children}
    </button>
  );
}
