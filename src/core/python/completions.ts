/**
 * What to suggest at the cursor in a `hub.extraConfig` snippet:
 *   c.|                          → config classes
 *   c.KubeSpawner.|              → that class's traits (own, then inherited)
 *   spawner.| (in hooks)         → KubeSpawner traits
 *   get_config("|  z2jh.get_config('custom.|   → the admin's custom.* key paths
 *   get_config(|                                → the same, quoted
 *   set_config_if_not_none(c.X, "|             → traits of X
 *   set_config_if_not_none(c.X, "t", "|        → custom.* key paths
 *   z2jh.|  os.|                 → module members
 *   name start                   → names in the snippet's scope (c, get_config, …)
 * Pure: the Monaco adapter maps these items to Monaco's types.
 */
import type { Json, JsonObject } from '../model/json.ts';
import { CONFIG_CLASSES, KEY_PATH_FUNCTIONS, MODULE_MEMBERS, SCOPE_NAMES, configClass, traitsOf, type ScopeNameInfo } from './catalog.ts';

export type CompletionKind = 'class' | 'property' | 'function' | 'variable' | 'module' | 'value';

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  /** Short text beside the label: a type or a signature. */
  detail: string;
  documentation: string;
  insertText: string;
}

export interface CompletionContext {
  /** Dotted paths of the admin's `custom` values, as customKeyPaths gives them. */
  customKeys: string[];
}

export interface CompletionResult {
  items: CompletionItem[];
  /** 1-based column where the text the items replace starts (the cursor column when nothing is replaced). */
  replaceFrom: number;
}

/**
 * Every branch and leaf path under `custom`, prefixed `custom.`, depth first in
 * key order: `{a: {b: 1}}` gives `custom.a`, `custom.a.b`. Lists are leaves.
 */
export function customKeyPaths(custom: JsonObject): string[] {
  const out: string[] = [];
  const walk = (node: Json, prefix: string) => {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const path = `${prefix}.${key}`;
      out.push(path);
      walk(value, path);
    }
  };
  walk(custom, 'custom');
  return out;
}

const CLASS_NAMES = CONFIG_CLASSES.map((c) => c.name);

function classItems(): CompletionItem[] {
  return CONFIG_CLASSES.map((cls) => ({
    label: cls.name,
    kind: 'class',
    detail: cls.module,
    documentation: cls.description,
    insertText: cls.name,
  }));
}

function traitItems(className: string): CompletionItem[] {
  return traitsOf(className).map(({ trait, owner }) => ({
    label: trait.name,
    kind: 'property',
    detail: owner === className ? trait.type : `${trait.type} (from ${owner})`,
    documentation: trait.description,
    insertText: trait.name,
  }));
}

function scopeItems(names: readonly ScopeNameInfo[]): CompletionItem[] {
  return names.map((s) => ({
    label: s.name,
    kind: s.kind,
    detail: s.detail,
    documentation: s.description,
    insertText: s.name,
  }));
}

function keyPathItems(keys: readonly string[]): CompletionItem[] {
  return keys.map((key) => ({
    label: key,
    kind: 'value',
    detail: 'chart value',
    documentation: `The value at ${key} in your config.yaml.`,
    insertText: key,
  }));
}

/**
 * Whether `before` (the current line up to the cursor) ends inside a comment or
 * a string that the regular expressions below do not expect. Returns the open
 * quote when inside a string, '#' in a comment, '' otherwise.
 */
function openContext(before: string): string {
  let quote = '';
  for (let i = 0; i < before.length; i++) {
    const ch = before[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (before.startsWith(quote, i)) {
        i += quote.length - 1;
        quote = '';
      }
    } else if (ch === '#') return '#';
    else if (ch === '"' || ch === "'") {
      quote = before.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
      i += quote.length - 1;
    }
  }
  return quote;
}

const KEY_PATH_CALL = new RegExp(`(?:^|[^\\w.])(?:z2jh\\.)?(?:${KEY_PATH_FUNCTIONS.join('|')})\\(\\s*(["'])([^"'\\\\]*)$`);

const KEY_PATH_OPEN = new RegExp(`(?:^|[^\\w.])(?:z2jh\\.)?(?:${KEY_PATH_FUNCTIONS.join('|')})\\(\\s*$`);

/** Right after `get_config(`: the key paths, each inserted as a string literal. */
function quotedKeyPathItems(keys: readonly string[]): CompletionItem[] {
  return keyPathItems(keys).map((item) => ({ ...item, label: `"${item.label}"`, insertText: `"${item.insertText}"` }));
}

const EMPTY = (column: number): CompletionResult => ({ items: [], replaceFrom: column });

/**
 * The items that fit at (line, column) — both 1-based — of `source`. `trigger` is the character
 * whose typing asked (Monaco's trigger characters): after a `(` only a key path call's argument
 * is offered, not the names that fit after any other bracket.
 */
export function completionsAt(source: string, line: number, column: number, context: CompletionContext, trigger?: string): CompletionResult {
  const lines = source.split('\n');
  const lineText = (lines[line - 1] ?? '').replace(/\r$/, '');
  const before = lineText.slice(0, Math.max(0, column - 1));
  const open = openContext(before);
  if (open === '#') return EMPTY(column);

  if (open === '"' || open === "'") {
    // get_config("custom.|   z2jh.get_config('|
    const fn = KEY_PATH_CALL.exec(before);
    if (fn) return { items: keyPathItems(context.customKeys), replaceFrom: column - fn[2]!.length };
    // set_config_if_not_none(c.KubeSpawner, "|     then     , "trait", "|
    const setTrait = /(?:^|[^\w.])(?:z2jh\.)?set_config_if_not_none\(\s*c\.(\w+)\s*,\s*(["'])(\w*)$/.exec(before);
    if (setTrait) {
      return { items: configClass(setTrait[1]!) ? traitItems(setTrait[1]!) : [], replaceFrom: column - setTrait[3]!.length };
    }
    const setKey = /(?:^|[^\w.])(?:z2jh\.)?set_config_if_not_none\(\s*[\w.]+\s*,\s*(["'])\w*\1\s*,\s*(["'])([^"'\\]*)$/.exec(before);
    if (setKey) return { items: keyPathItems(context.customKeys), replaceFrom: column - setKey[3]!.length };
    return EMPTY(column);
  }
  if (open) return EMPTY(column); // inside a triple-quoted string

  // get_config(|   z2jh.get_config( |
  if (KEY_PATH_OPEN.test(before)) return { items: quotedKeyPathItems(context.customKeys), replaceFrom: column };
  if (trigger === '(') return EMPTY(column);

  // c.KubeSpawner.|
  const trait = /(?:^|[^\w.])c\.(\w+)\.(\w*)$/.exec(before);
  if (trait) {
    const cls = trait[1]!;
    return { items: CLASS_NAMES.includes(cls) ? traitItems(cls) : [], replaceFrom: column - trait[2]!.length };
  }
  // c.|
  const cls = /(?:^|[^\w.])c\.(\w*)$/.exec(before);
  if (cls) return { items: classItems(), replaceFrom: column - cls[1]!.length };
  // spawner.| inside hooks: the spawner passed to pre_spawn_hook & co is a KubeSpawner.
  const spawner = /(?:^|[^\w.])spawner\.(\w*)$/.exec(before);
  if (spawner) return { items: traitItems('KubeSpawner'), replaceFrom: column - spawner[1]!.length };
  // z2jh.|  os.|
  const member = /(?:^|[^\w.])(z2jh|os)\.(\w*)$/.exec(before);
  if (member) return { items: scopeItems(MODULE_MEMBERS[member[1]!] ?? []), replaceFrom: column - member[2]!.length };
  // Any other attribute access: we do not know the object.
  if (/\.\w*$/.test(before)) return EMPTY(column);
  // A name being defined or imported: nothing of ours fits.
  if (/(?:^|[^\w])(?:def|class|import|from|as|global|nonlocal|lambda)\s+\w*$/.test(before)) return EMPTY(column);
  // Start of a name (or nothing typed yet after a space / bracket / operator).
  const word = /(?:^|[^\w])(\w*)$/.exec(before);
  if (word && !/^\d/.test(word[1]!)) return { items: scopeItems(SCOPE_NAMES), replaceFrom: column - word[1]!.length };
  return EMPTY(column);
}
