import { useId, type ReactNode } from 'react';
import type { WizardState } from '../../core/model/state.ts';
import { describeSetup } from '../../core/saved/describe.ts';
import { Dialog } from './Dialog.tsx';
import type { OpeningQuestion } from './opening.ts';
import { whenText } from './when.ts';

export type LinkChoice = 'link' | 'mine' | 'beside';
export type CopyChoice = 'newer' | 'older';

/**
 * Asks before a link replaces the work (open it, keep mine, or open it beside, in a new tab), or,
 * after the browser refused to save, which of two copies to keep: the newer one in the address
 * bar or the older one saved in this browser. Closing the dialog keeps what is safe: the admin's
 * own work for a link, the newer copy (with the older one kept aside) for the copies.
 */
export function OpeningDialog({ question, shown, arrived, onLink, onCopy }: {
  question: OpeningQuestion;
  /** the setup from the address (the link, or the newer copy) */
  shown: WizardState;
  /** whether the page opened with this address (else the address changed while the page was open) */
  arrived: boolean;
  onLink(choice: LinkChoice): void;
  onCopy(choice: CopyChoice): void;
}) {
  const ids = [useId(), useId(), useId()] as const;
  if (question.kind === 'link') {
    const mine = question.saved;
    return (
      <Dialog title="Open this link?" onClose={() => onLink('mine')} className="opening-dialog">
        <p>
          The link holds a setup: <strong>{describeSetup(shown)}</strong>.{' '}
          {arrived ? (
            <>
              You have other work saved in this browser ({whenText(mine.savedAt)}): <strong>{describeSetup(mine.state)}</strong>.
            </>
          ) : (
            <>
              It would replace your setup in this tab: <strong>{describeSetup(mine.state)}</strong>.
            </>
          )}
        </p>
        <ul className="choices">
          <Choice id={ids[0]} label="Open the link" primary autofocus onClick={() => onLink('link')}>
            The link’s setup replaces yours here. Yours is kept under Earlier setups, and Undo brings it back.
          </Choice>
          <Choice id={ids[1]} label="Keep mine" onClick={() => onLink('mine')}>
            Your work stays as it is; the link is not opened.
          </Choice>
          <Choice id={ids[2]} label="Open it in a new tab" onClick={() => onLink('beside')}>
            The link opens beside your work, which stays in this tab.
          </Choice>
        </ul>
      </Dialog>
    );
  }
  const older = question.saved;
  return (
    <Dialog title="Which copy of your work?" onClose={() => onCopy('newer')} className="opening-dialog">
      <p>
        Your last changes could not be saved in this browser (it refused to store them, since {whenText(question.since)}), so there
        are two copies of your work.
      </p>
      <ul className="choices">
        <Choice id={ids[0]} label="Use the newer copy, from the address bar" primary autofocus onClick={() => onCopy('newer')}>
          The newer copy: <strong>{describeSetup(shown)}</strong>, with the changes made after the last save. The address bar never holds
          secrets or an imported file’s comments: set those again if you had any.
        </Choice>
        <Choice id={ids[1]} label="Use the older copy, saved in this browser" onClick={() => onCopy('older')}>
          The older copy, saved {whenText(older.savedAt)}: <strong>{describeSetup(older.state)}</strong>, without the later changes.
        </Choice>
      </ul>
      <p className="hint">The copy you do not pick is one Undo away, and is kept under Earlier setups when the browser has room.</p>
    </Dialog>
  );
}

function Choice({ id, label, primary, autofocus, onClick, children }: { id: string; label: string; primary?: boolean; autofocus?: boolean; onClick(): void; children: ReactNode }) {
  return (
    <li className="choice">
      <button type="button" className={primary ? 'primary' : undefined} aria-describedby={id} data-autofocus={autofocus ? true : undefined} onClick={onClick}>
        {label}
      </button>
      <p id={id} className="hint">
        {children}
      </p>
    </li>
  );
}
