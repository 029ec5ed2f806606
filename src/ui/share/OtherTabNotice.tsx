import { useId } from 'react';
import { restoreStoredState } from '../state/restore-stored.ts';
import { describeSetup } from '../../core/saved/describe.ts';
import { useOtherTabWork, useWorkKeeping } from '../state/work-keeping.tsx';
import { useStateGetter, useStepsGetter, useWizardActions } from '../state/wizard-context.tsx';
import { useNotices } from './notices.tsx';
import { whenText } from './when.ts';

/**
 * Shown while another tab has saved other work in this browser: this tab writes nothing over it
 * (its changes are kept among the earlier setups) until the admin loads that work or keeps this
 * tab's, and either way the other setup stays restorable.
 */
export function OtherTabNotice() {
  const other = useOtherTabWork();
  const { keeper } = useWorkKeeping();
  const { apply } = useWizardActions();
  const current = useStateGetter();
  const steps = useStepsGetter();
  const { notify } = useNotices();
  const titleId = useId();
  if (!other) return null;

  const loadTheirs = async () => {
    // the other tab's work was read lightly: restored in full before it becomes this tab's
    const restored = await restoreStoredState(other.work.state);
    if (!restored) {
      notify({ kind: 'error', title: 'The other tab’s work was not loaded.', text: 'What it saved no longer reads as a setup; this tab’s work is unchanged.' });
      return;
    }
    const taken = keeper.takeTheirs(current());
    const theirs = taken && restored;
    if (!theirs) {
      notify({ kind: 'error', title: 'The other tab’s work was not loaded.', text: 'This tab’s work could not be kept in this browser first (storage full or turned off). Download config.yaml, then try again.' });
      return;
    }
    apply(() => theirs);
    notify({ kind: 'info', text: 'Loaded the work saved in the other tab. This tab’s setup is kept under Earlier setups, and Undo brings it back.' });
  };
  const keepMine = () => {
    const outcome = keeper.keepMine(current(), steps());
    if (outcome === 'failed') {
      notify({ kind: 'error', title: 'This tab’s work was not saved.', text: 'The other tab’s work could not be kept in this browser first (storage full or turned off), so nothing was written over it. Download config.yaml to keep this tab’s work.' });
      return;
    }
    notify({ kind: 'info', text: 'This tab’s work is now the work saved in this browser. The other tab’s setup is kept under Earlier setups.' });
  };

  return (
    <section className="notice notice-conflict" role="alert" aria-labelledby={titleId}>
      <div className="notice-head">
        <h2 id={titleId}>Another tab saved other work</h2>
      </div>
      <p>
        Another tab saved a different setup in this browser ({whenText(other.work.savedAt)}): <strong>{describeSetup(other.work.state)}</strong>.
        Nothing from this tab is written over it: your changes here are kept under Earlier setups until you choose.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={() => void loadTheirs()}>
          Load the other tab’s work
        </button>
        <button type="button" className="primary" onClick={keepMine}>
          Keep this tab’s work
        </button>
      </div>
    </section>
  );
}
