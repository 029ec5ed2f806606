import { describe, expect, it } from 'vitest';
import { keyCompletionsAt } from './key-completions.ts';
import { keyHoverAt } from './key-hover.ts';
import { anchorOf, referenceLink, REFERENCE_URL } from './reference-link.ts';
import { keyContextAt } from './yaml-context.ts';

/** The text with `|` removed, and the 1-based line and column where it was. */
function at(marked: string): { text: string; line: number; column: number } {
  const i = marked.indexOf('|');
  const before = marked.slice(0, i).split('\n');
  return { text: marked.slice(0, i) + marked.slice(i + 1), line: before.length, column: before[before.length - 1]!.length + 1 };
}

function labels(marked: string, wrapper: string[] = []): string[] {
  const { text, line, column } = at(marked);
  return keyCompletionsAt(text, line, column, wrapper).items.map((i) => i.label);
}

describe('keys offered at a position', () => {
  it('offers singleuser.storage.capacity after singleuser: / storage:, with its type and default', () => {
    const { text, line, column } = at('singleuser:\n  storage:\n    |');
    const result = keyCompletionsAt(text, line, column);
    const capacity = result.items.find((i) => i.label === 'capacity');
    expect(capacity).toEqual(expect.objectContaining({ path: 'singleuser.storage.capacity', detail: 'string | null · default "10Gi"', shape: 'scalar' }));
    expect(result.fromColumn).toBe(5);
    expect(result.items.find((i) => i.label === 'dynamic')?.shape).toBe('map');
  });

  it('offers the top-level keys at the top, and none that is written already', () => {
    const top = labels('hub:\n  baseUrl: /\n|');
    expect(top).toEqual(expect.arrayContaining(['singleuser', 'proxy', 'ingress', 'cull']));
    expect(top).not.toContain('hub');
    expect(labels('hub:\n  db:\n    type: sqlite-memory\n    |')).toEqual(expect.arrayContaining(['pvc', 'url', 'password', 'upgrade']));
    expect(labels('hub:\n  db:\n    type: sqlite-memory\n    |')).not.toContain('type');
  });

  it('keeps what is typed of the key as the part a completion replaces', () => {
    const { text, line, column } = at('proxy:\n  serv|');
    const result = keyCompletionsAt(text, line, column);
    expect(result.fromColumn).toBe(3);
    expect(result.items.map((i) => i.label)).toContain('service');
  });

  it('reads list items: a profile’s kubespawner_override is free, a prePuller hook is not', () => {
    expect(labels('singleuser:\n  profileList:\n    - display_name: a\n      |')).toEqual([]);
    expect(labels('singleuser:\n  extraFiles:\n    a:\n      |')).toEqual(expect.arrayContaining(['mountPath', 'stringData']));
    const ctx = keyContextAt(...(Object.values(at('a:\n  - x: 1\n  - y: 2\n    |')) as [string, number, number]));
    expect(ctx?.path).toEqual(['a', 1]);
  });

  it('offers nothing after a colon, in a comment, in a block scalar, under an open mapping', () => {
    expect(labels('hub:\n  baseUrl: |')).toEqual([]);
    expect(labels('# hub|')).toEqual([]);
    expect(labels('hub:\n  extraConfig:\n    a: |\n      c.X = 1\n      |')).toEqual([]);
    expect(labels('custom:\n  |')).toEqual([]);
    expect(labels('nope:\n  |')).toEqual([]);
  });

  it('reads a parent chart’s file under its wrapper, and offers nothing outside it', () => {
    expect(labels('jupyterhub:\n  singleuser:\n    storage:\n      |', ['jupyterhub'])).toContain('capacity');
    expect(labels('other:\n  |', ['jupyterhub'])).toEqual([]);
  });

  it('works on text that is not YAML yet (a half-typed line above)', () => {
    expect(labels('hub:\n  db:\n    ty\n    |')).toContain('url');
  });
});

describe('the hover over a key', () => {
  it('names the path, the type and default, and links to the reference entry', () => {
    const { text, line, column } = at('singleuser:\n  storage:\n    capa|city: 5Gi\n');
    expect(keyHoverAt(text, line, column)).toEqual({
      path: 'singleuser.storage.capacity',
      detail: 'string | null · default "10Gi"',
      known: true,
      link: { url: `${REFERENCE_URL}#singleuser-storage-capacity`, title: "singleuser.storage.capacity in the chart's configuration reference" },
      fromColumn: 5,
      toColumn: 13,
    });
  });

  it('links a key without an entry of its own to its nearest ancestor’s, and says when the chart does not know a key', () => {
    const { text, line, column } = at('hub:\n  extraEnv:\n    MY_V|AR: x\n');
    const hover = keyHoverAt(text, line, column)!;
    expect(hover.path).toBe('hub.extraEnv.MY_VAR');
    expect(hover.link.url).toBe(`${REFERENCE_URL}#hub-extraenv`);
    const unknown = at('hub:\n  nota|key: 1\n');
    expect(keyHoverAt(unknown.text, unknown.line, unknown.column)).toEqual(expect.objectContaining({ path: 'hub.notakey', known: false }));
    const value = at('hub:\n  baseUrl: /x|\n');
    expect(keyHoverAt(value.text, value.line, value.column)).toBeUndefined();
  });

  it('makes anchors as the reference’s headings make them', () => {
    expect(anchorOf('hub.networkPolicy.interNamespaceAccessLabels')).toBe('hub-networkpolicy-internamespaceaccesslabels');
    expect(referenceLink(['imagePullSecret', 'registry']).url).toBe(`${REFERENCE_URL}#imagepullsecret-registry`);
    // the reference lists a conditional mapping's keys only through its `then` (probes have none)
    expect(referenceLink(['hub', 'livenessProbe', 'enabled']).path).toEqual(['hub', 'livenessProbe']);
  });
});
