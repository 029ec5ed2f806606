// Tests src/ui/editor/python-assist.ts against a stand-in for Monaco (it only
// imports Monaco's types, so it runs in node).
import { describe, expect, it } from 'vitest';
import { installPythonAssist, updateSyntaxMarkers, PYTHON_MARKER_OWNER } from '../../ui/editor/python-assist.ts';

interface Provider {
  triggerCharacters: string[];
  provideCompletionItems(model: unknown, position: { lineNumber: number; column: number }): { suggestions: { label: string; range: unknown; kind: number }[] };
}

function fakeMonaco() {
  const providers: { language: string; provider: Provider; disposed: boolean }[] = [];
  const markers: { owner: string; markers: unknown[] }[] = [];
  class Range {
    constructor(
      public startLineNumber: number,
      public startColumn: number,
      public endLineNumber: number,
      public endColumn: number,
    ) {}
  }
  const monaco = {
    Range,
    MarkerSeverity: { Error: 8 },
    languages: {
      CompletionItemKind: { Class: 5, Property: 9, Function: 1, Module: 8, Variable: 4, Value: 13 },
      registerCompletionItemProvider(language: string, provider: Provider) {
        const entry = { language, provider, disposed: false };
        providers.push(entry);
        return { dispose: () => (entry.disposed = true) };
      },
    },
    editor: {
      setModelMarkers(_model: unknown, owner: string, list: unknown[]) {
        markers.push({ owner, markers: list });
      },
    },
  };
  const live = () => providers.filter((p) => !p.disposed);
  return { monaco: monaco as never, providers, live, markers };
}

function model(text: string) {
  return {
    getValue: () => text,
    getWordUntilPosition: (pos: { lineNumber: number; column: number }) => {
      const line = text.split('\n')[pos.lineNumber - 1] ?? '';
      let start = pos.column - 1;
      while (start > 0 && /\w/.test(line[start - 1]!)) start--;
      let end = pos.column - 1;
      while (end < line.length && /\w/.test(line[end]!)) end++;
      return { word: line.slice(start, pos.column - 1), startColumn: start + 1, endColumn: end + 1 };
    },
  };
}

describe('installPythonAssist', () => {
  it('registers one python provider with . " \' triggers, however often it is installed', () => {
    const fake = fakeMonaco();
    const a = installPythonAssist(fake.monaco, () => ({ customKeys: [] }));
    const b = installPythonAssist(fake.monaco, () => ({ customKeys: ['custom.x'] }));
    expect(fake.live()).toHaveLength(1);
    expect(fake.live()[0]!.language).toBe('python');
    expect(fake.live()[0]!.provider.triggerCharacters).toEqual(['.', '"', "'", '(']);
    a.dispose();
    a.dispose();
    expect(fake.live()).toHaveLength(1);
    b.dispose();
    expect(fake.live()).toHaveLength(0);
    const c = installPythonAssist(fake.monaco, () => ({ customKeys: [] }));
    expect(fake.live()).toHaveLength(1);
    c.dispose();
  });

  it('suggests from completionsAt with the newest context and a range from replaceFrom', () => {
    const fake = fakeMonaco();
    const handle = installPythonAssist(fake.monaco, () => ({ customKeys: ['custom.theme'] }));
    const provider = fake.live()[0]!.provider;
    const text = 'x = get_config("custom.t")';
    const out = provider.provideCompletionItems(model(text), { lineNumber: 1, column: 25 });
    expect(out.suggestions.map((s) => s.label)).toEqual(['custom.theme']);
    expect(out.suggestions[0]!.range).toMatchObject({ insert: { startColumn: 17, endColumn: 25 } });
    const classes = provider.provideCompletionItems(model('c.Kube'), { lineNumber: 1, column: 7 });
    expect(classes.suggestions.find((s) => s.label === 'KubeSpawner')?.kind).toBe(5);
    handle.dispose();
  });
});

describe('updateSyntaxMarkers', () => {
  it('sets error markers under its own owner and clears them when the code is fixed', () => {
    const fake = fakeMonaco();
    const found = updateSyntaxMarkers(fake.monaco, model('if x\n    y = 1\n') as never);
    expect(found).toHaveLength(1);
    expect(fake.markers[0]).toEqual({
      owner: PYTHON_MARKER_OWNER,
      markers: [expect.objectContaining({ severity: 8, startLineNumber: 1, endLineNumber: 1, message: expect.stringContaining("expected ':'") })],
    });
    updateSyntaxMarkers(fake.monaco, model('if x:\n    y = 1\n') as never);
    expect(fake.markers[1]).toEqual({ owner: 'z2jh-python', markers: [] });
  });
});
