import { useId, useRef, useState } from 'react';
import type { ImportErrorInfo } from '../../core/restore/index.ts';
import { Dialog } from '../share/Dialog.tsx';
import { useStateGetter } from '../state/wizard-context.tsx';
import { isBlank } from '../state/work-keeping.tsx';
import { ImportErrorView } from './ImportErrorView.tsx';
import { readConfigFile } from './read-file.ts';
import { useImportText } from './use-import.ts';

/** Paste a config.yaml or open one; the wizard then edits it (Undo brings the previous work back). */
export function ImportDialog({ onClose }: { onClose(): void }) {
  const importText = useImportText();
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<{ error: ImportErrorInfo; source?: string }>();
  const fileInput = useRef<HTMLInputElement>(null);
  const textId = useId();
  const current = useStateGetter();
  // read once when the dialog opens: the work cannot change while it is open
  const [replaces] = useState(() => !isBlank(current()));

  const run = (value: string, source: string) => {
    const error = importText(value, source);
    if (error) setFailure({ error, ...(source === 'the pasted text' ? {} : { source }) });
    else onClose();
  };
  const openFile = async (file: File | undefined) => {
    if (!file) return;
    const read = await readConfigFile(file);
    if (!read.ok) return setFailure({ error: read.error, source: file.name });
    setText(read.text);
    run(read.text, file.name);
  };

  return (
    <Dialog title="Import a config.yaml" onClose={onClose} className="import-dialog">
      <p className="hint">
        Paste your config.yaml, open the file, or drop it anywhere on the page. Its comments and everything the wizard does not
        edit are kept; settings of older charts are upgraded. Nothing leaves your browser.
      </p>
      {replaces && (
        <p className="callout">
          Importing replaces your current setup. It is kept under Earlier setups, and Undo brings it back, also after a reload.
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          run(text, 'the pasted text');
        }}
      >
        <label htmlFor={textId}>config.yaml text</label>
        <textarea
          id={textId}
          className="yaml-input"
          rows={14}
          value={text}
          spellCheck={false}
          data-autofocus
          onChange={(e) => {
            setText(e.target.value);
            setFailure(undefined);
          }}
        />
        {failure && <ImportErrorView error={failure.error} {...(failure.source ? { source: failure.source } : {})} />}
        <div className="dialog-actions">
          <input
            ref={fileInput}
            type="file"
            accept=".yaml,.yml,.txt,text/yaml,application/yaml,text/plain"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(e) => {
              void openFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
          <button type="button" onClick={() => fileInput.current?.click()}>
            Open file…
          </button>
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={text.trim() === ''}>
            Import
          </button>
        </div>
      </form>
    </Dialog>
  );
}
