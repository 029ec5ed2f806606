import { Dialog } from '../share/Dialog.tsx';

/** Asks before a dropped file replaces the work (a drop is easily made by mistake). */
export function ReplaceWorkDialog({ source, onReplace, onClose }: { source: string; onReplace(): void; onClose(): void }) {
  return (
    <Dialog title={`Import ${source}?`} onClose={onClose}>
      <p>
        Its settings replace your current setup. Your setup is kept under Earlier setups, and Undo brings it back, also after a
        reload.
      </p>
      <div className="dialog-actions">
        <button type="button" data-autofocus onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => {
            onReplace();
            onClose();
          }}
        >
          Replace my setup
        </button>
      </div>
    </Dialog>
  );
}
