/**
 * Go-flavoured YAML text, for the places where helm's output embeds `toYaml` text inside a string
 * (ConfigMap data, Secret stringData) and the bytes therefore matter.
 *
 * Helm's `toYaml` marshals through JSON and then go-yaml v2, so: map keys in go-yaml's "natural"
 * order, block style, sequences not indented under their key, strings quoted only when a plain
 * scalar would read back as something else, long plain/quoted scalars folded at 80 columns,
 * multi-line strings as literal blocks. This module re-implements that behaviour (it is written
 * from the behaviour, for the subset of YAML that JSON data can produce).
 */

import { rememberedYamlText, rememberYamlText } from '../incremental/yaml-texts.ts';
import { goSortedKeysOf } from '../incremental/sorted-keys.ts';
import { isRememberedLength, rememberedStringText, rememberStringText } from '../incremental/string-texts.ts';
import { GO_TOYAML, ORDERED, type EmitOptions } from './emit-options.ts';
import { goYamlNumber } from './go-float.ts';
import { stringTextOf } from './scalar-text.ts';

function stringText(s: string, indent: number, col: number, o: EmitOptions, simpleKey: boolean): string {
  if (!isRememberedLength(s)) return stringTextOf(s, indent, col, o.width, simpleKey);
  const slot = `${simpleKey ? 1 : 0}/${indent}/${col}/${o.width}`;
  return rememberedStringText(s, slot) ?? rememberStringText(s, slot, stringTextOf(s, indent, col, o.width, simpleKey));
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function scalarText(v: unknown, indent: number, col: number, o: EmitOptions): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return goYamlNumber(v);
  return stringText(String(v), indent, col, o, false);
}

function keysOf(m: Record<string, unknown>, o: EmitOptions): string[] {
  if (!o.sortKeys) return Object.keys(m);
  return goSortedKeysOf(m);
}

/** A map with no keys (what keysOf would list, without sorting or allocating). */
function isEmptyMap(m: Record<string, unknown>): boolean {
  for (const _ in m) return false;
  return true;
}

/** Text after `key:` or `-`: a scalar with its leading space, or a nested block. */
function valueText(v: unknown, indent: number, col: number, o: EmitOptions, inSeq: boolean): string {
  if (isMap(v)) {
    if (isEmptyMap(v)) return ' {}';
    return '\n' + mapBody(v, indent + 2, false, o);
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return ' []';
    return '\n' + seqBody(v, inSeq ? indent + 2 : indent, false, o);
  }
  return ' ' + scalarText(v, indent + 2, col + 1, o);
}

function mapBody(m: Record<string, unknown>, indent: number, inline: boolean, o: EmitOptions): string {
  const slot = indent * 2 + (inline ? 1 : 0);
  const hit = rememberedYamlText(m, slot, o);
  if (hit !== undefined) return hit;
  const pad = ' '.repeat(indent);
  let out = '';
  let first = true;
  for (const k of keysOf(m, o)) {
    const keyText = stringText(k, indent, indent, o, true);
    out += (first ? (inline ? '' : pad) : '\n' + pad) + keyText + ':';
    out += valueText(m[k], indent, indent + keyText.length + 1, o, false);
    first = false;
  }
  return rememberYamlText(m, slot, o, out);
}

function seqBody(list: unknown[], indent: number, inline: boolean, o: EmitOptions): string {
  const slot = indent * 2 + (inline ? 1 : 0);
  const hit = rememberedYamlText(list, slot, o);
  if (hit !== undefined) return hit;
  const pad = ' '.repeat(indent);
  let out = '';
  let first = true;
  for (const item of list) {
    out += first ? (inline ? '' : pad) : '\n' + pad;
    first = false;
    out += '-';
    if (isMap(item) && !isEmptyMap(item)) out += ' ' + mapBody(item, indent + 2, true, o);
    else if (Array.isArray(item) && item.length > 0) out += ' ' + seqBody(item, indent + 2, true, o);
    else out += valueText(item, indent, indent + 1, o, true);
  }
  return rememberYamlText(list, slot, o, out);
}

function emit(v: unknown, o: EmitOptions): string {
  if (isMap(v)) return isEmptyMap(v) ? '{}' : mapBody(v, 0, false, o);
  if (Array.isArray(v)) return v.length === 0 ? '[]' : seqBody(v, 0, false, o);
  return scalarText(v, 0, 0, o);
}

/**
 * The text of one map entry as `toYaml` prints it in a block map at `indent`, without the line
 * break and indentation before it: `key:` and the value's text. A (non-inline) block map's text
 * is its entries in `goSortedKeysOf` order, each after `'\n' + ' '.repeat(indent)` (the first
 * after the indentation only), and a non-empty map value's text is `'\n'` then its own block
 * map at indent + 2.
 */
export function toYamlEntry(key: string, value: unknown, indent = 0): string {
  const keyText = stringText(key, indent, indent, GO_TOYAML, true);
  return keyText + ':' + valueText(value, indent, indent + keyText.length + 1, GO_TOYAML, false);
}

/** `key:` as `toYaml` prints a map key */
export function toYamlKey(key: string): string {
  return stringText(key, 0, 0, GO_TOYAML, true) + ':';
}

/** helm's `toYaml` (without the trailing newline, as helm trims it). */
export function toYaml(v: unknown): string {
  return emit(v, GO_TOYAML);
}

/**
 * The same block style and quoting rules, keeping the objects' own key order and never folding
 * lines: how the manifests preview prints a rendered object.
 */
export function toYamlOrdered(v: unknown): string {
  return emit(v, ORDERED);
}
