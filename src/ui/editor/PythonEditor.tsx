import Editor, { type OnMount } from '@monaco-editor/react';
import { memo, useEffect, useRef } from 'react';
import { DARK_THEME, monaco } from './monaco-setup.ts';
import { installPythonAssist, updateSyntaxMarkers } from './python-assist.ts';
import { measureSuggestionsOnScreen } from './suggest-placement.ts';
import './python-editor.css';

type CodeEditor = Parameters<OnMount>[0];

interface Props {
  /** names the editor for screen readers and tests: `extraConfig 00-snippet` */
  label: string;
  value: string;
  /** absent: a read-only view (the code review shows what arrived, which the admin does not edit there) */
  onChange?(value: string): void;
  theme: 'light' | 'dark';
  /** `custom.a`, `custom.a.b` …: offered inside `z2jh.get_config("` */
  customKeys: readonly string[];
}

/**
 * A Monaco editor for one Python snippet. The editor owns its text while the admin types: feeding
 * every keystroke back through React as a controlled `value` would race the next keystroke and
 * drop it. A `value` that comes from elsewhere (undo, import, a link) is pushed into the model.
 * Memoised, so the rest of the form re-rendering on each keystroke leaves the editor alone.
 */
export const PythonEditor = memo(function PythonEditor({ label, value, onChange, theme, customKeys }: Props) {
  const editorRef = useRef<CodeEditor | null>(null);
  const exitRef = useRef<HTMLParagraphElement>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const customKeysRef = useRef(customKeys);
  customKeysRef.current = customKeys;

  useEffect(() => {
    const assist = installPythonAssist(monaco, () => ({ customKeys: [...customKeysRef.current] }));
    return () => assist.dispose();
  }, []);
  // What this editor has reported and React may not have rendered yet: such a `value` is an echo
  // of the admin's own typing, never a reason to reset the text (and the cursor).
  const echoes = useRef(new Set<string>());

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    if (echoes.current.has(value)) {
      if (editor.getValue() === value) echoes.current.clear();
      return;
    }
    echoes.current.clear();
    if (editor.getValue() !== value) editor.setValue(value);
  }, [value]);

  const lines = Math.min(Math.max(value.split('\n').length + 1, 6), 24);
  return (
    <div className="python-editor" data-testid={`python-editor-${label}`}>
      <Editor
        height={`${lines * 19 + 8}px`}
        language="python"
        defaultValue={value}
        theme={theme === 'dark' ? DARK_THEME : 'vs'}
        onMount={(editor) => {
          editorRef.current = editor;
          measureSuggestionsOnScreen(editor);
          // Tab indents inside the editor, so Escape is the way out for keyboard users (unless a
          // widget such as suggestions is open): it lands on the line below the editor, which does
          // nothing on Enter, so the next Tab goes on from there. Landing on the next control would
          // make a following Enter press it ("Add snippet", again and again).
          editor.addCommand(
            monaco.KeyCode.Escape,
            () => exitRef.current?.focus(),
            '!suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !markersNavigationVisible',
          );
          const model = editor.getModel();
          if (model) updateSyntaxMarkers(monaco, model);
          editor.onDidChangeModelContent(() => {
            if (model) updateSyntaxMarkers(monaco, model);
            const text = editor.getValue();
            echoes.current.add(text);
            onChangeRef.current?.(text);
          });
        }}
        loading={<div className="editor-loading">Loading the Python editor…</div>}
        options={{
          ariaLabel: `Python${onChange ? '' : ' (read-only)'}: ${label}. Press Escape to leave the editor.`,
          readOnly: !onChange,
          minimap: { enabled: false },
          scrollBeyondLastLine: false,
          fontSize: 13,
          lineNumbersMinChars: 3,
          tabSize: 4,
          insertSpaces: true,
          automaticLayout: true,
          renderLineHighlight: 'line',
          // The suggestions and hints float over the page, not inside the form column: its
          // sections are `contain: paint`, which clips (and even holds) fixed widgets inside them.
          fixedOverflowWidgets: true,
          overflowWidgetsDomNode: overflowWidgets(),
        }}
      />
      <p className="editor-exit" ref={exitRef} tabIndex={-1}>Tab indents; Escape leaves the editor.</p>
    </div>
  );
});

export default PythonEditor;

let overflowNode: HTMLElement | null = null;

/**
 * The one element every editor's floating widgets live in: a child of the body, outside the
 * sections' paint containment. `monaco-editor` is the class Monaco's widget styles and colours
 * hang on.
 */
function overflowWidgets(): HTMLElement {
  if (!overflowNode || !overflowNode.isConnected) {
    overflowNode = document.createElement('div');
    overflowNode.className = 'monaco-editor editor-overflow';
    document.body.appendChild(overflowNode);
  }
  return overflowNode;
}
