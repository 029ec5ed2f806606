// Monaco glue for the extraConfig editor: one completion provider for Python
// (from core/python/completions) and syntax markers (from core/python/syntax-check).
// Only monaco's types are imported: the caller hands in the bundled instance.
import type * as MonacoApi from 'monaco-editor/editor/editor.api.js';
import { checkPythonSyntax, type PythonDiagnostic } from '../../core/python/syntax-check.ts';
import { completionsAt, type CompletionContext, type CompletionKind } from '../../core/python/completions.ts';

type Monaco = typeof MonacoApi;
type TextModel = MonacoApi.editor.ITextModel;

/** Owner of our markers, so other marker sources on the model stay untouched. */
export const PYTHON_MARKER_OWNER = 'z2jh-python';

/**
 * The one registered provider, shared by every editor that installed it. Monaco
 * keeps providers per language, not per editor, so a second registration would
 * show each suggestion twice.
 */
let shared: { monaco: Monaco; registration: MonacoApi.IDisposable; users: number; getContext: () => CompletionContext } | null = null;

function kindOf(monaco: Monaco, kind: CompletionKind): MonacoApi.languages.CompletionItemKind {
  const K = monaco.languages.CompletionItemKind;
  switch (kind) {
    case 'class':
      return K.Class;
    case 'property':
      return K.Property;
    case 'function':
      return K.Function;
    case 'module':
      return K.Module;
    case 'variable':
      return K.Variable;
    default:
      return K.Value;
  }
}

/**
 * Registers Python completions (config classes, traits, custom key paths, the
 * snippet's scope). Safe to call more than once: the provider is registered once,
 * the newest `getContext` is used, and it goes away when every caller disposed.
 */
export function installPythonAssist(monaco: Monaco, getContext: () => CompletionContext): { dispose(): void } {
  if (shared && shared.monaco !== monaco) {
    // A different Monaco instance (tests, hot reload): start over on it.
    shared.registration.dispose();
    shared = null;
  }
  if (shared) {
    shared.users++;
    shared.getContext = getContext;
  } else {
    const registration = monaco.languages.registerCompletionItemProvider('python', {
      // '(' opens `get_config(`, whose keys are offered before a quote is typed.
      triggerCharacters: ['.', '"', "'", '('],
      provideCompletionItems(model, position, how) {
        const context = shared?.getContext() ?? { customKeys: [] };
        const result = completionsAt(model.getValue(), position.lineNumber, position.column, context, how?.triggerCharacter);
        const word = model.getWordUntilPosition(position);
        const insert = new monaco.Range(position.lineNumber, result.replaceFrom, position.lineNumber, position.column);
        // Replacing (Tab/Enter on an existing word) also eats the rest of the word after the cursor.
        const replace = new monaco.Range(position.lineNumber, result.replaceFrom, position.lineNumber, Math.max(position.column, word.endColumn));
        return {
          suggestions: result.items.map((item, i) => ({
            label: item.label,
            kind: kindOf(monaco, item.kind),
            detail: item.detail,
            documentation: item.documentation,
            insertText: item.insertText,
            range: { insert, replace },
            // Keep the catalog's order (own traits before inherited ones) among equal matches.
            sortText: String(i).padStart(4, '0'),
          })),
        };
      },
    });
    shared = { monaco, registration, users: 1, getContext };
  }
  const mine = shared;
  let disposed = false;
  return {
    dispose() {
      if (disposed || shared !== mine) return;
      disposed = true;
      mine.users--;
      if (mine.users === 0) {
        mine.registration.dispose();
        shared = null;
      }
    },
  };
}

/** Checks the model's Python and sets its error markers (owner `z2jh-python`); returns what it found. */
export function updateSyntaxMarkers(monaco: Monaco, model: TextModel): PythonDiagnostic[] {
  const diagnostics = checkPythonSyntax(model.getValue());
  monaco.editor.setModelMarkers(
    model,
    PYTHON_MARKER_OWNER,
    diagnostics.map((d) => ({
      severity: monaco.MarkerSeverity.Error,
      message: d.message,
      startLineNumber: d.line,
      startColumn: d.column,
      endLineNumber: d.endLine,
      endColumn: d.endColumn,
      source: 'Python',
    })),
  );
  return diagnostics;
}
