import { useMemo, useRef, useState } from 'react';
import { engine } from '../engine/load-engine.ts';
import type { WizardState } from '../../core/model/state.ts';
import { Dialog } from './Dialog.tsx';
import { linkFor } from './address-bar.ts';

/** The link to this setup, to copy; secrets stay out unless the admin includes them. */
export function ShareDialog({ state, onClose }: { state: WizardState; onClose(): void }) {
  const [includeSecrets, setIncludeSecrets] = useState(false);
  // The Header opens this dialog once the engine has loaded.
  const { encodePermalink } = engine();
  const withoutSecrets = useMemo(() => encodePermalink(state), [state]);
  const fragment = useMemo(
    () => (includeSecrets ? encodePermalink(state, { includeSecrets: true }).fragment : withoutSecrets.fragment),
    [state, includeSecrets, withoutSecrets],
  );
  const link = linkFor(fragment);
  return (
    <Dialog title="Share this setup" onClose={onClose} className="share-dialog">
      <p className="hint">
        The setup travels in the link itself, after the #: browsers never send that part to a server. Anyone with the link can
        open the same setup in their browser.
      </p>
      <CopyableLink key={link} link={link} />
      <p className="hint" data-testid="share-length">
        Fragment length: {fragment.length.toLocaleString('en')} characters
        {state.imported ? '. The imported file’s comments and layout are not part of the link, only its values.' : ''}
      </p>
      {withoutSecrets.omitted.length > 0 && (
        <div className={`callout ${includeSecrets ? 'callout-error' : ''}`} role="group" aria-labelledby="share-secrets-title">
          <p id="share-secrets-title">
            <strong>{includeSecrets ? 'This link contains secrets:' : 'Secrets left out of the link:'}</strong>
          </p>
          <ul className="share-secrets">
            {withoutSecrets.omitted.map((s) => (
              <li key={`${s.where}|${s.line ?? ''}`}>
                <code>{s.where}</code> <span className="hint">({s.reason})</span>
              </li>
            ))}
          </ul>
          <label className="share-include">
            <input type="checkbox" checked={includeSecrets} onChange={(e) => setIncludeSecrets(e.target.checked)} /> Include secrets in the link
          </label>
          {includeSecrets && <p className="hint">Share it only with people who may see these secrets; the link keeps them wherever it is pasted.</p>}
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

function CopyableLink({ link }: { link: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Link copied.');
    } catch {
      input.current?.select();
      setStatus(document.execCommand('copy') ? 'Link copied.' : 'Select the link and copy it (Ctrl+C / ⌘C).');
    }
  };
  return (
    <div className="share-link">
      <label htmlFor="share-link-input">Link</label>
      <div className="row">
        <input id="share-link-input" ref={input} readOnly value={link} data-autofocus spellCheck={false} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" className="primary" onClick={() => void copy()}>
          Copy
        </button>
      </div>
      <p className="hint" role="status">
        {status}
      </p>
    </div>
  );
}
