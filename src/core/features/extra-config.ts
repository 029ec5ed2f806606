import { isObject, type JsonObject } from '../model/json.ts';
import { getIn } from '../model/paths.ts';
import type { Update, WizardState } from '../model/state.ts';
import { setValue } from '../model/updates.ts';

/** A named Python snippet of `hub.extraConfig`. */
export interface Snippet {
  name: string;
  code: string;
}

export function snippets(state: WizardState): Snippet[] {
  const map = getIn(state.values, ['hub', 'extraConfig']);
  if (!isObject(map)) return [];
  return Object.entries(map).map(([name, code]) => ({ name, code: typeof code === 'string' ? code : '' }));
}

/**
 * The order the hub runs the snippets in: jupyterhub_config.py loops over `sorted()` keys, a plain
 * string sort by code point, so `10-x` runs before `2-x` and `Z` before `a`.
 */
export function runOrder(names: readonly string[]): string[] {
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function writeSnippets(list: readonly Snippet[]): Update {
  const map: JsonObject = {};
  for (const s of list) map[s.name] = s.code;
  return setValue(['hub', 'extraConfig'], map);
}

export function setSnippetCode(name: string, code: string): Update {
  return setValue(['hub', 'extraConfig', name], code);
}

export function addSnippet(name: string, code = ''): Update {
  return (state) => writeSnippets([...snippets(state), { name, code }])(state);
}

/** Renames in place, so the snippet keeps its position in the file. */
export function renameSnippet(from: string, to: string): Update {
  return (state) =>
    writeSnippets(snippets(state).map((s) => (s.name === from ? { name: to, code: s.code } : s)))(state);
}

export function deleteSnippet(name: string): Update {
  return (state) => writeSnippets(snippets(state).filter((s) => s.name !== name))(state);
}

/** `00-snippet`, `01-snippet`… : a name not yet used, numbered so the run order is obvious. */
export function freshSnippetName(existing: readonly Snippet[]): string {
  for (let i = existing.length; ; i++) {
    const name = `${String(i).padStart(2, '0')}-snippet`;
    if (!existing.some((s) => s.name === name)) return name;
  }
}
