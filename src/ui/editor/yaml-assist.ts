// Monaco glue for the config.yaml editor: completion of the keys chart 4.4.0 accepts and a hover
// naming a key's path (both from core/yaml-assist), and the editor's marks. Only monaco's types
// are imported: the caller hands in the bundled instance.
import type * as MonacoApi from 'monaco-editor/editor/editor.api.js';
import { CHART_VERSION } from '../../core/model/chart-release.ts';
import { keyCompletionsAt, keyHoverAt, type TextMarker } from '../../core/yaml-assist/index.ts';

type Monaco = typeof MonacoApi;

/** Owner of the config.yaml marks, so other marker sources on the model stay untouched. */
export const YAML_MARKER_OWNER = 'z2jh-config-yaml';

/** What the providers read from the editor that installed them: where the chart's values sit in its text. */
export interface YamlAssistContext {
  wrapperPath(): readonly string[];
}

/**
 * Registers the key completion and hover for YAML once per Monaco instance (providers are per
 * language, not per editor); the page has one config.yaml editor, so the newest context is used.
 */
export function installYamlAssist(monaco: Monaco, context: YamlAssistContext): { dispose(): void } {
  const completion = monaco.languages.registerCompletionItemProvider('yaml', {
    provideCompletionItems(model, position) {
      const result = keyCompletionsAt(model.getValue(), position.lineNumber, position.column, context.wrapperPath());
      const word = model.getWordUntilPosition(position);
      const insert = new monaco.Range(position.lineNumber, result.fromColumn, position.lineNumber, position.column);
      const replace = new monaco.Range(position.lineNumber, result.fromColumn, position.lineNumber, Math.max(position.column, word.endColumn));
      const K = monaco.languages.CompletionItemKind;
      return {
        suggestions: result.items.map((item, i) => ({
          label: { label: item.label, description: item.detail },
          kind: item.shape === 'scalar' ? K.Field : K.Module,
          detail: item.path,
          documentation: item.detail,
          // a mapping or a list opens its block on the next line, indented as the editor indents
          insertText: item.shape === 'map' ? `${item.label}:\n\t$0` : item.shape === 'list' ? `${item.label}:\n\t- $0` : `${item.label}: $0`,
          insertTextRules: monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet,
          filterText: item.label,
          range: { insert, replace },
          sortText: String(i).padStart(4, '0'),
        })),
      };
    },
  });
  const hover = monaco.languages.registerHoverProvider('yaml', {
    provideHover(model, position) {
      const h = keyHoverAt(model.getValue(), position.lineNumber, position.column, context.wrapperPath());
      if (!h) return null;
      return {
        range: new monaco.Range(position.lineNumber, h.fromColumn, position.lineNumber, h.toColumn),
        contents: [
          { value: `\`${h.path}\`` },
          { value: h.known ? (h.detail ?? '') : `Not a setting of chart ${CHART_VERSION}: its schema refuses this key.` },
          { value: `[${h.link.title}](${h.link.url})` },
        ],
      };
    },
  });
  return {
    dispose() {
      completion.dispose();
      hover.dispose();
    },
  };
}

/** Sets the model's config.yaml marks (owner `z2jh-config-yaml`). */
export function setYamlMarkers(monaco: Monaco, model: MonacoApi.editor.ITextModel, markers: readonly TextMarker[]): void {
  const S = monaco.MarkerSeverity;
  monaco.editor.setModelMarkers(
    model,
    YAML_MARKER_OWNER,
    markers.map((m) => ({
      severity: m.severity === 'error' ? S.Error : m.severity === 'warning' ? S.Warning : S.Info,
      message: m.message,
      startLineNumber: m.line,
      startColumn: m.col,
      endLineNumber: m.endLine,
      endColumn: m.endCol,
      source: 'config.yaml',
    })),
  );
}
