import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { restoreStoredState } from './state/restore-stored.ts';
import { initialState } from '../core/model/state.ts';
import type { Snapshot } from '../core/saved/snapshots.ts';
import { ThemeToggle } from './components/ThemeToggle.tsx';
import { loadEngine } from './engine/load-engine.ts';
import { useNotices } from './share/notices.tsx';
import { whenText } from './share/when.ts';
import { pushSharedState } from './share/address-bar.ts';
import { useStateGetter, useUndoRedo, useWizardSlice } from './state/wizard-context.tsx';
import { useWorkKeeping } from './state/work-keeping.tsx';

import { NewWorkDialog } from './lazy-later.ts';

const ImportDialog = lazy(() => import('./header-dialogs.ts').then((m) => ({ default: m.ImportDialog })));
const ShareDialog = lazy(() => import('./header-dialogs.ts').then((m) => ({ default: m.ShareDialog })));
const EarlierSetupsDialog = lazy(() => import('./header-dialogs.ts').then((m) => ({ default: m.EarlierSetupsDialog })));

type OpenDialog = 'import' | 'share' | 'new' | 'earlier' | undefined;

const NOTHING = { values: [] };

/** The title bar and the actions that act on the whole setup. */
export function Header() {
  // The header does not re-render on each edit: it reads the setup when a button is pressed.
  const { apply } = useWizardSlice(NOTHING);
  const currentState = useStateGetter();
  const [dialog, setDialog] = useState<OpenDialog>();
  const close = () => setDialog(undefined);
  const { setAsideCurrent } = useWorkKeeping();
  const { notify } = useNotices();
  const restore = async (snapshot: Snapshot) => {
    const state = await restoreStoredState(snapshot.state);
    close();
    if (!state) {
      notify({ kind: 'error', title: 'That setup was not restored.', text: 'What the browser kept of it no longer reads as a setup; your work is unchanged.' });
      return;
    }
    // the work it replaces is kept in turn; restoring is one undoable step
    setAsideCurrent('restore');
    apply(() => state);
    notify({ kind: 'info', text: `Restored the setup kept ${whenText(snapshot.savedAt)}. Undo goes back to the one before.` });
  };
  return (
    <header className="app-header">
      <h1>
        z2jh-wizard <span className="subtitle">config.yaml for the JupyterHub Helm chart 4.4.0</span>
      </h1>
      <div className="header-actions" role="toolbar" aria-label="Setup">
        <button type="button" onClick={() => void loadEngine().then(() => setDialog('import'))}>
          Import
        </button>
        <button
          type="button"
          onClick={() =>
            void loadEngine().then(() => {
              pushSharedState(currentState());
              setDialog('share');
            })
          }
        >
          Share
        </button>
        <button type="button" onClick={() => setDialog('new')}>
          New
        </button>
        <UndoRedoButtons />
        <button type="button" onClick={() => setDialog('earlier')}>
          Earlier setups
        </button>
      </div>
      <ThemeToggle />
      <Suspense fallback={null}>
      {dialog === 'import' && <ImportDialog onClose={close} />}
      {dialog === 'share' && <ShareDialog state={currentState()} onClose={close} />}
      {dialog === 'new' && (
        <NewWorkDialog
          onConfirm={() => {
            setAsideCurrent('new');
            apply(() => initialState());
          }}
          onClose={close}
        />
      )}
      {dialog === 'earlier' && <EarlierSetupsDialog onRestore={(s) => void restore(s)} onClose={close} />}
      </Suspense>
    </header>
  );
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

function UndoRedoButtons() {
  const { undo, redo, canUndo, canRedo } = useUndoRedo();
  const { storageWorks } = useWorkKeeping();
  const keptId = useId();
  useUndoKeys(undo, redo);
  const mod = isMac ? '⌘' : 'Ctrl+';
  // said where Undo is offered: whether its history outlives the page
  const kept = storageWorks
    ? 'Undo history is kept in this browser: after a reload, Undo still goes back up to 50 steps.'
    : 'Undo history ends when this page closes: this browser does not let the page store anything.';
  return (
    <>
      <span id={keptId} className="visually-hidden">
        {kept}
      </span>
      <button
        type="button"
        onClick={undo}
        disabled={!canUndo}
        title={`Undo (${mod}Z). ${kept}`}
        aria-keyshortcuts={isMac ? 'Meta+Z' : 'Control+Z'}
        aria-describedby={keptId}
      >
        Undo
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={!canRedo}
        title={`Redo (${isMac ? '⇧⌘Z' : 'Ctrl+Shift+Z or Ctrl+Y'})`}
        aria-keyshortcuts={isMac ? 'Meta+Shift+Z' : 'Control+Shift+Z Control+Y'}
      >
        Redo
      </button>
    </>
  );
}

/** Ctrl/⌘+Z undoes, Shift+Ctrl/⌘+Z and Ctrl+Y redo, except where the focus has an undo of its own. */
function useUndoKeys(undo: () => void, redo: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = undoAction(e);
      if (!action || e.defaultPrevented || hasOwnUndo(e.target) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      if (action === 'undo') undo();
      else redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);
}

function undoAction(e: KeyboardEvent): 'undo' | 'redo' | undefined {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return undefined;
  const key = e.key.toLowerCase();
  if (key === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !e.shiftKey) return 'redo';
  return undefined;
}

const TEXT_INPUTS = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'number']);

/** Text fields, text areas and the Monaco editor undo their own typing. */
function hasOwnUndo(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('.monaco-editor')) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}
