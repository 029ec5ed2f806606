import Editor, { type OnMount } from '@monaco-editor/react';
import { useEffect, useRef, useState } from 'react';
import type { UpgradeChange } from '../../core/config/upgrade.ts';
import { applyTypedText } from '../../core/restore/apply-typed-text.ts';
import type { WizardState } from '../../core/model/state.ts';
import { errorMarker, markersFor, smallestEdit } from '../../core/yaml-assist/index.ts';
import { loadEngine, loadedEngine } from '../engine/load-engine.ts';
import { useDraftError } from '../preview/use-draft-error.ts';
import { useProblems } from '../state/problems.tsx';
import { useStateGetter, useWizardActions } from '../state/wizard-context.tsx';
import { monaco } from './monaco-yaml-setup.ts';
import { installYamlAssist, setYamlMarkers } from './yaml-assist.ts';

type CodeEditor = Parameters<OnMount>[0];

interface Props {
  /** the text the work shows: its draft while one is kept, else its config.yaml */
  text: string;
  /** where the chart's values sit in the text (a parent chart's key) */
  wrapperPath: readonly string[];
  /** `text` is the draft: a typed text that does not read */
  draft: boolean;
  theme: 'light' | 'dark';
  /** focus the editor once it is up (it was asked for by a click or the keyboard) */
  autoFocus: boolean;
  /** Escape: the focus goes back to the frame, from where Tab leaves */
  onLeave(): void;
}

/** How long typing must pause before the text is read and becomes the work (as a form field's edit). */
const READ_AFTER_MS = 300;

/**
 * config.yaml as a Monaco YAML editor, two ways. Typing is read (after a pause, through the one
 * restore for untrusted text) and becomes the work: forms and manifests follow, and a text that
 * does not read is kept as the draft. A change from elsewhere (a form, undo, a link) reaches the
 * text as the smallest edit, so the cursor, the scroll and the editor's own undo stay.
 */
export function ConfigEditor({ text, draft, wrapperPath, theme, autoFocus, onLeave }: Props) {
  const { apply } = useWizardActions();
  const getState = useStateGetter();
  const { all: problems } = useProblems();
  const draftError = useDraftError(draft ? text : undefined, wrapperPath);
  const editorRef = useRef<CodeEditor | null>(null);
  // the state the admin's own typing made: its text may differ from the editor's (an upgrade
  // written in), and it must not be pushed back while the admin types
  const typedState = useRef<WizardState | null>(null);
  const pushing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const wrapperRef = useRef(wrapperPath);
  wrapperRef.current = wrapperPath;
  const [changes, setChanges] = useState<readonly UpgradeChange[]>([]);
  const [readCount, setReadCount] = useState(0);

  useEffect(() => {
    const assist = installYamlAssist(monaco, { wrapperPath: () => wrapperRef.current });
    return () => {
      assist.dispose();
      clearTimeout(timer.current);
    };
  }, []);

  const read = (typed: string) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const take = (engine: NonNullable<ReturnType<typeof loadedEngine>>) => {
      const wrapper = getState().imported?.wrapperPath;
      const result = engine.restore({ kind: 'text', text: typed, ...(wrapper ? { keepWrapper: wrapper } : {}) });
      apply(applyTypedText(typed, result), 'config.yaml');
      typedState.current = getState();
      setChanges(result.ok ? result.changes : []);
      setReadCount((n) => n + 1);
    };
    const engine = loadedEngine();
    if (engine) take(engine);
    else void loadEngine().then(take);
  };

  // a text from elsewhere: pushed into the model unless it is the admin's own
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const current = model.getValue();
    if (current === text) return;
    if (typedState.current !== null && getState() === typedState.current) return;
    typedState.current = null;
    clearTimeout(timer.current);
    timer.current = undefined;
    const edit = smallestEdit(current, text);
    const range = monaco.Range.fromPositions(model.getPositionAt(edit.start), model.getPositionAt(edit.end));
    pushing.current = true;
    try {
      model.pushEditOperations([], [{ range, text: edit.text }], () => null);
    } finally {
      pushing.current = false;
    }
  }, [text, getState]);

  // the marks: why the draft does not read, or the problems and the upgrade's changes where their keys are written
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const value = model.getValue();
    if (draftError && value === text) setYamlMarkers(monaco, model, [errorMarker(draftError, value)]);
    else setYamlMarkers(monaco, model, draft ? [] : markersFor(value, wrapperPath, problems, changes));
  }, [text, draft, draftError, problems, changes, wrapperPath, readCount]);

  const lines = text.split('\n').length;
  return (
    <div className="code config-editor" data-testid="config-editor" style={{ ['--editor-height' as string]: `${Math.max(lines, 8) * 19 + 40}px` }}>
      <p className="hint config-editor-keys" id="config-editor-keys">
        The forms follow what you type; Ctrl+Space offers the chart&apos;s keys. Tab indents: to leave the editor press <kbd>Esc</kbd>, then{' '}
        <kbd>Tab</kbd> (or <kbd>Ctrl</kbd>+<kbd>M</kbd>, then <kbd>Tab</kbd>).
      </p>
      <div className="config-editor-body">
        <Editor
          height="100%"
          language="yaml"
          defaultValue={text}
          theme={theme === 'dark' ? 'vs-dark' : 'vs'}
          onMount={(editor) => {
            editorRef.current = editor;
            editor.addCommand(monaco.KeyCode.Escape, onLeave, '!suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !markersNavigationVisible');
            editor.onDidChangeModelContent(() => {
              if (pushing.current) return;
              clearTimeout(timer.current);
              const typed = editor.getValue();
              timer.current = setTimeout(() => read(typed), READ_AFTER_MS);
            });
            // leaving the editor reads what is pending at once: a form edit right after must not undo it
            editor.onDidBlurEditorText(() => {
              if (timer.current !== undefined) read(editor.getValue());
            });
            setReadCount((n) => n + 1);
            if (autoFocus) editor.focus();
          }}
          loading={<div className="editor-loading">Loading the config.yaml editor…</div>}
          options={{
            ariaLabel: 'config.yaml editor. Tab indents; press Escape, then Tab, to leave it (or Ctrl+M to make Tab move the focus).',
            minimap: { enabled: false },
            scrollBeyondLastLine: false,
            fontSize: 12.5,
            lineNumbersMinChars: 3,
            tabSize: 2,
            insertSpaces: true,
            automaticLayout: true,
            renderLineHighlight: 'line',
            fixedOverflowWidgets: true,
            quickSuggestions: { other: true, comments: false, strings: false },
            wordBasedSuggestions: 'off',
            hover: { enabled: 'on', delay: 300 },
          }}
        />
      </div>
    </div>
  );
}

export default ConfigEditor;
