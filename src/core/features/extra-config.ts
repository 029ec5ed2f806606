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

/**
 * A name not yet used that runs after every existing snippet (new code usually builds on the
 * earlier snippets): after `10-auth` comes `11-snippet`, after `auth` comes `auth-2`; the first is
 * `00-snippet`. Numbered when the last name is, so the run order stays obvious.
 */
export function freshSnippetName(existing: readonly Snippet[]): string {
  const names = existing.map((s) => s.name);
  const last = runOrder(names).at(-1);
  if (last === undefined) return '00-snippet';
  const fits = (name: string) => name > last && !names.includes(name);
  const digits = /^\d+/.exec(last)?.[0];
  if (digits) {
    const next = `${String(Number(digits) + 1).padStart(digits.length, '0')}-snippet`;
    if (fits(next)) return next;
  }
  // A name that starts with the last one sorts right after it.
  for (let i = 2; ; i++) if (fits(`${last}-${i}`)) return `${last}-${i}`;
}
