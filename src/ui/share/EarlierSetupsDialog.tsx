import { useId } from 'react';
import { describeSetup } from '../../core/saved/describe.ts';
import type { Snapshot, SnapshotReason } from '../../core/saved/snapshots.ts';
import { useSnapshots } from '../state/use-snapshots.ts';
import { useWorkKeeping } from '../state/work-keeping.tsx';
import { Dialog } from './Dialog.tsx';
import { whenText } from './when.ts';

const REASONS: Record<SnapshotReason, string> = {
  link: 'Replaced by a link',
  import: 'Replaced by an import',
  new: 'Cleared by New',
  'other-tab': 'From another tab, replaced by the work of this one',
  'this-tab': 'From a tab that loaded another tab’s work',
  held: 'Changes made in a tab while another tab’s work was saved',
  restore: 'Replaced by restoring an earlier setup',
  'older-copy': 'The older copy, replaced by a newer one that could not be saved',
};

/**
 * The setups kept in this browser when something replaced the work, newest first; restoring one
 * is one undoable step (the work it replaces is kept here in turn).
 */
export function EarlierSetupsDialog({ onRestore, onClose }: { onRestore(snapshot: Snapshot): void; onClose(): void }) {
  const list = useSnapshots();
  const { storageWorks } = useWorkKeeping();
  const hintId = useId();
  return (
    <Dialog title="Earlier setups" onClose={onClose} className="earlier-dialog">
      <p className="hint" id={hintId}>
        {storageWorks
          ? 'When a link, an import, New or another tab replaces your work, the setup it replaced is kept here (the last 10). Undo history is kept too: after a reload, Undo still goes back up to 50 steps.'
          : 'This browser does not let the page store anything, so nothing is kept here and Undo ends when the page closes. Download config.yaml to keep your work.'}
      </p>
      {list.length === 0 ? (
        <p>Nothing has been replaced yet.</p>
      ) : (
        <ul className="earlier-list" aria-label="Kept setups">
          {list.map((s, i) => (
            <li key={s.id}>
              <div id={`${hintId}-${i}`}>
                <strong>{REASONS[s.reason]}</strong> <span className="hint">{whenText(s.savedAt)}</span>
                <div>{describeSetup(s.state)}</div>
              </div>
              <button type="button" aria-describedby={`${hintId}-${i}`} onClick={() => onRestore(s)}>
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" data-autofocus={list.length === 0 ? true : undefined} onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
