import { useMemo, useRef, useState } from 'react';
import { engine } from '../engine/load-engine.ts';
import type { WizardState } from '../../core/model/state.ts';
import type { SecretFinding } from '../../core/permalink/index.ts';
import { useProblems } from '../state/problems.tsx';
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
  const errors = useProblems().all.filter((p) => p.severity === 'error').length;
  return (
    <Dialog title="Share this setup" onClose={onClose} className="share-dialog">
      <p className="hint">
        The setup travels in the link itself, after the #: browsers never send that part to a server. Anyone with the link can
        open the same setup in their browser.
      </p>
      <CopyableLink key={link} link={link} />
      {errors > 0 && (
        <p className="msg msg-error" role="status">
          The setup has {errors} {errors === 1 ? 'error' : 'errors'} (see the problems list): the link opens it as it is, errors included.
        </p>
      )}
      <p className="hint" data-testid="share-length">
        Fragment length: {fragment.length.toLocaleString('en')} characters
        {state.imported ? '. The imported file’s comments and layout are not part of the link, only its values.' : ''}
      </p>
      {state.review?.length ? (
        <p className="callout" data-testid="share-review-note">
          {state.review.length === 1 ? 'The piece of code that waits for your review is' : `The ${state.review.length} pieces of code that wait for your review are`} not in
          the link: only what you accepted is.
        </p>
      ) : null}
      {withoutSecrets.omitted.length > 0 && (
        <SecretsCallout omitted={withoutSecrets.omitted} included={includeSecrets} onInclude={setIncludeSecrets} />
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

/**
 * Each secret the link leaves out, where and why, and that the link holds none of them; with
 * "Include secrets" the same list becomes a warning that the link carries them all.
 */
function SecretsCallout({ omitted, included, onInclude }: { omitted: SecretFinding[]; included: boolean; onInclude(include: boolean): void }) {
  const count = `${omitted.length} secret${omitted.length === 1 ? '' : 's'}`;
  return (
    <div className={`callout ${included ? 'callout-error' : ''}`} role="group" aria-labelledby="share-secrets-title">
      <p id="share-secrets-title">
        <strong>{included ? `This link contains secrets (${count})` : `Secrets left out of the link (${count})`}</strong>
      </p>
      {included ? (
        <p data-testid="share-secrets-warning">
          <strong>Anyone who has this link can read these passwords, tokens and keys</strong>, and so can whatever keeps it: browser
          history and sync, chat logs, email, issue trackers. Share it only with people who may see them, through a channel you
          trust.
        </p>
      ) : (
        <p className="hint" data-testid="share-secrets-note">
          The link holds none of them: each was removed, or replaced by “&lt;secret removed from link&gt;” where the setup needs
          text in its place. Whoever opens the link is told where they were left out, to set them before deploying. The address
          bar never holds them either.
        </p>
      )}
      <ul className="share-secrets" aria-label={included ? 'Secrets in this link' : 'Secrets left out of this link'}>
        {omitted.map((s, i) => (
          <li key={i}>
            <code>{s.where}</code> <span className="hint">({s.reason})</span>
          </li>
        ))}
      </ul>
      <label className="share-include">
        <input type="checkbox" checked={included} onChange={(e) => onInclude(e.target.checked)} /> Include secrets in the link
      </label>
    </div>
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
