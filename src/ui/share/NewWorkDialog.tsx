import { Dialog } from './Dialog.tsx';

/** Asks before the work is replaced by a blank setup. */
export function NewWorkDialog({ onConfirm, onClose }: { onConfirm(): void; onClose(): void }) {
  return (
    <Dialog title="Start a new setup?" onClose={onClose}>
      <p>Everything you set here is cleared, including an imported file. It is kept under Earlier setups, and Undo brings it back, also after a reload.</p>
      <div className="dialog-actions">
        <button type="button" data-autofocus onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            onConfirm();
            onClose();
          }}
        >
          Start new
        </button>
      </div>
    </Dialog>
  );
}
