import { CHART_NAME } from '../../model/chart-release.ts';
import { getIn } from '../../model/paths.ts';
import type { Json, JsonObject } from '../../model/json.ts';
import { mergedOnce } from '../merge.ts';
import { expectedTypes } from './messages.ts';
import { pointerToPath } from './pointer-to-path.ts';
import { violationsOnce, type SchemaViolation } from './violations.ts';

/**
 * The message `helm template` / `helm install` (helm 4.x) gives for these violations, without
 * helm's leading `Error: `, or null when the values pass:
 *
 *     values don't meet the specifications of the schema(s) in the following chart(s):
 *     jupyterhub:
 *     - at '/hub': validation failed
 *       - at '/hub': missing property 'baseUrl'
 *       - at '/hub/extraConfig': got string, want object
 *     - at '': additional properties 'auth' not allowed
 *
 * The layout and wording follow helm's validator; helm's order of sibling lines is not stable
 * from run to run, so this sorts them by key.
 */
export function formatHelmSchemaErrors(values: JsonObject, chartName = CHART_NAME): string | null {
  const violations = violationsOnce(values);
  if (violations.length === 0) return null;
  const lines: string[] = [];
  const write = (entries: Entry[], depth: number) => {
    for (const e of entries) {
      lines.push(`${'  '.repeat(depth)}- at '${e.pointer}': ${e.text}`);
      write(e.children, depth + 1);
    }
  };
  write(helmTree(violations, mergedOnce(values)), 0);
  return `values don't meet the specifications of the schema(s) in the following chart(s):\n${chartName}:\n${lines.join('\n')}\n`;
}

interface Entry {
  pointer: string;
  text: string;
  children: Entry[];
}

interface Node {
  pointer: string;
  first: Entry[];
  last: Entry[];
  children: Map<string, Node>;
}

function helmTree(violations: SchemaViolation[], data: JsonObject): Entry[] {
  const root: Node = { pointer: '', first: [], last: [], children: new Map() };
  const nodeAt = (pointer: string): Node => {
    let node = root;
    if (!pointer) return node;
    let at = '';
    for (const step of pointer.slice(1).split('/')) {
      at += `/${step}`;
      let child = node.children.get(step);
      if (!child) node.children.set(step, (child = { pointer: at, first: [], last: [], children: new Map() }));
      node = child;
    }
    return node;
  };

  // alternatives of a oneOf are shown under it
  const oneOfs = violations.filter((v) => v.keyword === 'oneOf');
  const underOneOf = (v: SchemaViolation) =>
    oneOfs.find((o) => o !== v && v.schemaPath.startsWith(o.schemaPath.replace(/\/oneOf$/, '/oneOf/')) && v.pointer.startsWith(o.pointer));

  // helm names all unknown (or missing) keys of one object in one line
  const grouped = new Map<string, { v: SchemaViolation; keys: string[] }>();
  for (const v of violations) {
    if (underOneOf(v)) continue;
    if (v.keyword === 'additionalProperties' || v.keyword === 'required') {
      const id = `${v.keyword}\u0000${v.pointer}\u0000${v.schemaPath}`;
      const key = String(v.params.additionalProperty ?? v.params.missingProperty);
      const group = grouped.get(id);
      if (group) group.keys.push(key);
      else grouped.set(id, { v, keys: [key] });
      continue;
    }
    const children = oneOfs.includes(v)
      ? violations.filter((s) => underOneOf(s) === v).map((s) => ({ pointer: s.pointer, text: helmText(s, data, [String(s.params.missingProperty)]), children: [] }))
      : [];
    nodeAt(v.pointer).first.push({ pointer: v.pointer, text: helmText(v, data), children });
  }
  for (const { v, keys } of grouped.values()) {
    const node = nodeAt(v.pointer);
    const entry = { pointer: v.pointer, text: helmText(v, data, keys), children: [] };
    if (v.keyword === 'required') node.first.unshift(entry);
    else node.last.push(entry);
  }

  const collapse = (node: Node): Entry[] => {
    const children = [...node.children.entries()].sort(([a], [b]) => compareSteps(a, b)).map(([, child]) => child);
    const entries = [...node.first, ...children.flatMap(collapse), ...node.last];
    if (node === root || entries.length <= 1) return entries;
    return [{ pointer: node.pointer, text: 'validation failed', children: entries }];
  };
  return collapse(root);
}

function compareSteps(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

function helmText(v: SchemaViolation, data: JsonObject, keys: string[] = []): string {
  const quoted = (list: string[]) => list.map((k) => `'${k}'`).join(', ');
  switch (v.keyword) {
    case 'additionalProperties':
      return `additional properties ${quoted([...keys].sort())} not allowed`;
    case 'required':
      return keys.length === 1 ? `missing property '${keys[0]}'` : `missing properties ${quoted(keys)}`;
    case 'type':
      return `got ${helmType(getIn(data, pointerToPath(v.pointer, data)))}, want ${expectedTypes(v.params.type).join(' or ')}`;
    case 'enum': {
      const allowed = v.params.allowedValues as Json[];
      return allowed.length === 1 ? `value must be ${helmValue(allowed[0]!)}` : `value must be one of ${allowed.map(helmValue).join(', ')}`;
    }
    case 'const':
      return `value must be ${helmValue(v.params.allowedValue as Json)}`;
    case 'minimum':
      return `minimum: got ${String(getIn(data, pointerToPath(v.pointer, data)))}, want ${String(v.params.limit)}`;
    case 'oneOf': {
      const passing = v.params.passingSchemas as number[] | null;
      return passing ? `'oneOf' failed, subschemas ${passing.join(', ')} matched` : `'oneOf' failed, none matched`;
    }
    default:
      return `'${v.keyword}' failed`;
  }
}

function helmType(value: Json | undefined): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function helmValue(value: Json): string {
  if (value === null) return '<nil>';
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}
