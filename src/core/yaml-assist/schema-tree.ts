import schemaJson from '../data/values.schema.structure.json' with { type: 'json' };
import { chartDefaults } from '../model/chart-defaults.ts';
import { isObject, type Json, type Path } from '../model/json.ts';
import { getIn } from '../model/paths.ts';

/** The parts of a JSON-schema node the editor's assistance reads (values.schema.structure.json). */
export interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  enum?: Json[];
  then?: SchemaNode;
}

const ROOT = schemaJson as SchemaNode;
/** What a key under an open mapping (`additionalProperties: true`, `custom`) may hold: anything. */
const ANY: SchemaNode = {};

/** One key the chart accepts under a mapping, for completion and hover. */
export interface KeyInfo {
  key: string;
  /** its path from the chart's values */
  path: string[];
  /** `string`, `integer | null`, `object` … as the schema says (`any` when it says nothing) */
  type: string;
  /** what values.yaml of the chart sets it to (undefined where it sets nothing) */
  defaultValue: Json | undefined;
  /** how a value is written under it: a block mapping, a block list, or a scalar on the key's line */
  shape: 'map' | 'list' | 'scalar';
  /** the values the schema allows, when it lists them */
  choices?: Json[];
}

/** The keys a mapping's own schema names (with those of its `then`, which the chart uses for conditional keys). */
function namedChildren(node: SchemaNode): Record<string, SchemaNode> {
  return { ...(node.properties ?? {}), ...(node.then?.properties ?? {}) };
}

/** The schema of the value at `path` (list indices step into `items`), or undefined where the chart accepts no such key. */
export function schemaAt(path: Path): SchemaNode | undefined {
  let node: SchemaNode = ROOT;
  for (const step of path) {
    const next = childSchema(node, step);
    if (!next) return undefined;
    node = next;
  }
  return node;
}

function childSchema(node: SchemaNode, step: string | number): SchemaNode | undefined {
  if (typeof step === 'number') return node.items ?? (hasType(node, 'array') || node.type === undefined ? ANY : undefined);
  const named = namedChildren(node);
  if (Object.hasOwn(named, step)) return named[step];
  for (const [pattern, child] of Object.entries(node.patternProperties ?? {})) {
    if (safeTest(pattern, step)) return child;
  }
  const extra = node.additionalProperties;
  if (isObject(extra as Json)) return extra as SchemaNode;
  // the schema's default is open: only `additionalProperties: false` closes a mapping
  return extra === false ? undefined : ANY;
}

function safeTest(pattern: string, key: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(key);
  } catch {
    return false;
  }
}

function hasType(node: SchemaNode, type: string): boolean {
  return Array.isArray(node.type) ? node.type.includes(type) : node.type === type;
}

/** The keys the chart names under the mapping at `path`, in the schema's order. */
export function keysUnder(path: Path): KeyInfo[] {
  const node = schemaAt(path);
  if (!node) return [];
  const base = path.filter((s): s is string => typeof s === 'string');
  return Object.entries(namedChildren(node)).map(([key, child]) => keyInfo(key, [...base, key], child, path));
}

/** What is known of the key at `path` (its last step a key), or undefined when the chart accepts no such key. */
export function keyAt(path: Path): KeyInfo | undefined {
  const last = path[path.length - 1];
  if (typeof last !== 'string') return undefined;
  const node = schemaAt(path);
  if (!node) return undefined;
  return keyInfo(last, path.filter((s): s is string => typeof s === 'string'), node, path.slice(0, -1));
}

function keyInfo(key: string, namePath: string[], node: SchemaNode, parent: Path): KeyInfo {
  const defaultValue = getIn(chartDefaults, [...parent, key]);
  const info: KeyInfo = { key, path: namePath, type: typeText(node), defaultValue, shape: shapeOf(node, defaultValue) };
  if (node.enum) info.choices = node.enum;
  return info;
}

function typeText(node: SchemaNode): string {
  if (node.type === undefined) return 'any';
  return Array.isArray(node.type) ? node.type.join(' | ') : node.type;
}

function shapeOf(node: SchemaNode, defaultValue: Json | undefined): KeyInfo['shape'] {
  const types = node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
  const scalar = types.some((t) => t !== 'object' && t !== 'array' && t !== 'null');
  if (types.includes('object') && !scalar) return 'map';
  if (types.includes('array') && !scalar) return 'list';
  if (types.length === 0) return isObject(defaultValue ?? null) ? 'map' : Array.isArray(defaultValue) ? 'list' : 'scalar';
  return 'scalar';
}

/**
 * The longest start of `path` the chart's configuration reference has an entry for: the reference
 * has one per key reachable through named keys alone (where a mapping is conditional, through the
 * keys of its `then`), none for list items or keys under open mappings.
 */
export function referencedPath(path: Path): string[] {
  const out: string[] = [];
  let node: SchemaNode = ROOT;
  for (const step of path) {
    if (typeof step !== 'string') break;
    const listed = node.then ?? node;
    const child = listed.properties?.[step];
    if (!child || !Object.hasOwn(listed.properties!, step)) break;
    out.push(step);
    node = child;
  }
  return out;
}
