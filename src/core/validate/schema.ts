import { CHART_VERSION, chartDefaults } from '../model/chart-defaults.ts';
import { formatPath, isObject, type Json, type JsonObject, type Path } from '../model/json.ts';
import { getIn } from '../model/paths.ts';
import {
  propertyValidators,
  validateRoot,
  type PropertyValidator,
  type SchemaValidatorError,
} from './generated/values-schema-validator.js';
import { mergedOnce } from './merge.ts';
import type { Problem } from './problem.ts';

/**
 * One violation of the chart's values schema, found in the values merged with the chart's
 * defaults (what helm validates).
 */
export interface SchemaViolation {
  /** where it is: for an unknown or missing key, the key itself */
  path: Path;
  /** the object or value the schema keyword applies to, as a JSON pointer (what helm prints) */
  pointer: string;
  keyword: string;
  params: Record<string, unknown>;
  /** the schema location (Ajv's schemaPath), used to nest `oneOf` alternatives */
  schemaPath: string;
  /** the offending value (for additionalProperties: the unknown key's value) */
  value: Json | undefined;
}

/** The schema violations of `values` (the admin's config.yaml as data), merged with the defaults. */
export function schemaViolations(values: JsonObject): SchemaViolation[] {
  const merged = mergedOnce(values);
  return toViolations(schemaErrors(merged), merged);
}

/** Ajv's errors for `merged` as violations. */
export function toViolations(errors: readonly SchemaValidatorError[], merged: JsonObject): SchemaViolation[] {
  // an `if` failing only says that its `then` failed; the `then` errors say what is wrong
  return errors.filter((e) => e.keyword !== 'if').map((error) => toViolation(error, merged));
}

/**
 * What the whole-schema validator reports for `data`, built from the split validators: the root
 * keywords first, then each top-level key in schema order (Ajv's own order). A key is validated
 * again only when its subtree is not the object validated last time (edits share structure, and
 * mergedOnce keeps unchanged merged subtrees).
 */
export function schemaErrors(data: Json): SchemaValidatorError[] {
  const errors = validateRoot(data) ? [] : [...(validateRoot.errors ?? [])];
  // like Ajv's `properties`, only an object's keys are looked into
  if (!isObject(data)) return errors;
  for (const property of propertyValidators) {
    const subtree = data[property.key];
    if (subtree === undefined) continue;
    for (const error of propertyErrors(property, subtree)) errors.push(error);
  }
  return errors;
}

interface CachedErrors {
  subtree: Json;
  errors: readonly SchemaValidatorError[];
}

/** Per top-level key: the last subtree validated and its errors. */
const errorsByKey = new Map<string, CachedErrors>();

/** The errors of one top-level key's value, in the whole schema's terms; cached by identity. */
function propertyErrors(property: PropertyValidator, subtree: Json): readonly SchemaValidatorError[] {
  const cached = errorsByKey.get(property.key);
  if (cached && cached.subtree === subtree) return cached.errors;
  // Ajv prefixes the instancePath it is given; the schemaPath is rewritten by atRoot
  const valid = property.validate(subtree, { instancePath: property.instancePath });
  const errors = valid ? [] : (property.validate.errors ?? []).map((e) => atRoot(e, property));
  errorsByKey.set(property.key, { subtree, errors });
  return errors;
}

/**
 * An error of a property's validator as the whole validator reports it: instancePath is already
 * prefixed (passed to the validator), schemaPath starts at the property's subschema ('#/…').
 */
function atRoot(error: SchemaValidatorError, property: PropertyValidator): SchemaValidatorError {
  return { ...error, schemaPath: property.schemaPath + error.schemaPath.slice(1) };
}

let lastViolationsFor: JsonObject | undefined;
let lastViolations: SchemaViolation[] = [];

/** schemaViolations, remembered for the last `values` object (validation runs on every edit). */
function violationsOnce(values: JsonObject): SchemaViolation[] {
  if (values !== lastViolationsFor) {
    lastViolations = schemaViolations(values);
    lastViolationsFor = values;
  }
  return lastViolations;
}

function toViolation(error: SchemaValidatorError, data: JsonObject): SchemaViolation {
  const base = pointerToPath(error.instancePath, data);
  const params = error.params as Record<string, unknown>;
  let path: Path = base;
  if (error.keyword === 'additionalProperties') path = [...base, String(params.additionalProperty)];
  else if (error.keyword === 'required') path = [...base, String(params.missingProperty)];
  return {
    path,
    pointer: error.instancePath,
    keyword: error.keyword,
    params,
    schemaPath: error.schemaPath,
    value: getIn(data, path),
  };
}

/** `/ingress/hosts/1` → `['ingress', 'hosts', 1]` (a step is a number only inside a list). */
export function pointerToPath(pointer: string, data: Json): Path {
  if (!pointer) return [];
  const path: (string | number)[] = [];
  let node: Json | undefined = data;
  for (const raw of pointer.slice(1).split('/')) {
    const step = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^\d+$/.test(step)) {
      path.push(Number(step));
      node = node[Number(step)];
    } else {
      path.push(step);
      node = isObject(node) ? node[step] : undefined;
    }
  }
  return path;
}

/**
 * `validateSchema(values)`: every place where config.yaml breaks chart 4.4.0's values schema, as
 * problems (code `schema`, severity error) with messages for admins.
 */
export function validateSchema(values: Json | undefined): Problem[] {
  if (values == null) return [];
  if (!isObject(values)) {
    return [
      {
        code: 'schema',
        severity: 'error',
        path: [],
        message: `config.yaml must be a mapping of Helm values (key: value lines), not ${typeWord(values)}`,
      },
    ];
  }
  const out: Problem[] = [];
  for (const v of violationsOnce(values)) {
    // the alternatives of a oneOf explain the oneOf; the oneOf's own problem says it in one go
    if (v.schemaPath.includes('/oneOf/')) continue;
    out.push({ code: 'schema', severity: 'error', path: v.path, message: describeViolation(v, values) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Messages for admins

/** What happened to keys chart 4.4.0 no longer knows (history in shared REFERENCE.md §6). */
const REMOVED_KEYS: Record<string, string> = {
  'singleuser.schedulerStrategy':
    'it stopped doing anything in 0.8.0 and was dropped in 1.0.0; packing users onto few nodes is now the job of the user scheduler (`scheduling.userScheduler.enabled`, on by default)',
  'hub.extraConfigMap':
    'it was renamed to `custom` (read it in hub.extraConfig with `z2jh.get_config("custom.KEY")`)',
  auth: 'authentication moved to `hub.config` in 1.0.0 (for example `hub.config.GitHubOAuthenticator` and `hub.config.JupyterHub.authenticator_class`)',
  version: 'the chart version is chosen on the helm command line (`--version`), not in config.yaml',
  'proxy.networkPolicy': 'it moved to `proxy.chp.networkPolicy` in 1.0.0',
  'proxy.pdb': 'it moved to `proxy.chp.pdb` in 1.0.0',
  'proxy.containerSecurityContext': 'it moved to `proxy.chp.containerSecurityContext` in 1.0.0',
  'proxy.nodeSelector': 'it moved to `proxy.chp.nodeSelector` in 1.0.0',
  'proxy.chp.cmd': 'the proxy command is now built by the chart; add flags with `proxy.chp.extraCommandLineFlags`',
  'hub.uid': 'set `hub.containerSecurityContext.runAsUser` instead',
  'hub.imagePullPolicy': 'it is `hub.image.pullPolicy` now',
  'hub.prePuller': 'pre-pulling is configured under the top-level `prePuller`',
  'singleuser.cloudMetadata.enabled':
    'it was replaced by `singleuser.cloudMetadata.blockWithIptables` (note the opposite meaning: true blocks the metadata server)',
  'ingress.https': 'for HTTPS through the Ingress use cert-manager with `ingress.tls`; `proxy.https` is the chart\'s own HTTPS',
  'prePuller.enabled': 'turn the two pullers on or off with `prePuller.hook.enabled` and `prePuller.continuous.enabled`',
  'prePuller.hook.extraEnv': 'the hook pre-puller takes no environment variables any more',
  'cull.podCuller': 'the culler is configured directly under `cull` (`cull.enabled`, `cull.timeout`, `cull.every`)',
  'rbac.enabled': 'RBAC resources are always created now; use `rbac.create` to opt out',
  'hub.fsGid': 'set `hub.podSecurityContext.fsGroup` instead',
  'imagePullSecret.enabled': 'use `imagePullSecret.create`',
};

function describeViolation(v: SchemaViolation, own: JsonObject): string {
  const where = `\`${formatPath(v.path)}\``;
  switch (v.keyword) {
    case 'additionalProperties':
      return unknownKeyMessage(v.path);
    case 'required':
      return getIn(own, v.path) === null
        ? `${where} is required; a \`null\` here deletes the chart's default, so give it a value or remove the line`
        : `${where} is required here`;
    case 'type':
      return typeMessage(v.path, expectedTypes(v.params.type), v.value);
    case 'enum':
      return `must be one of ${(v.params.allowedValues as Json[]).map(showValue).join(', ')}, not ${showValue(v.value ?? null)}`;
    case 'const':
      return `must be ${showValue(v.params.allowedValue as Json)}`;
    case 'minimum':
      return `must be at least ${String(v.params.limit)}, not ${showValue(v.value ?? null)}`;
    case 'oneOf':
      return v.params.passingSchemas
        ? 'sets more than one of `data`, `stringData`, `binaryData`; a file takes its content from exactly one of them'
        : 'needs its content in exactly one of `data`, `stringData` or `binaryData`';
    default:
      return `does not match the chart's schema (${v.keyword})`;
  }
}

function unknownKeyMessage(path: Path): string {
  const name = formatPath(path);
  const parent = path.slice(0, -1);
  const key = String(path[path.length - 1]);
  if (formatPath(parent) === 'hub.config') {
    return `\`${name}\` is not allowed: the sections of hub.config are JupyterHub class names and start with an uppercase letter (\`JupyterHub\`, \`KubeSpawner\`, \`GitHubOAuthenticator\`, …)`;
  }
  let message = `\`${name}\` is not a setting of chart ${CHART_VERSION}`;
  const removed = REMOVED_KEYS[name];
  if (removed) return `${message}: ${removed}`;
  const suggestion = closestKey(key, getIn(chartDefaults, parent));
  if (suggestion) message += `; did you mean \`${formatPath([...parent, suggestion])}\`?`;
  return message;
}

function closestKey(key: string, siblings: Json | undefined): string | undefined {
  if (!isObject(siblings)) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of Object.keys(siblings)) {
    if (candidate.toLowerCase() === key.toLowerCase()) return candidate;
    const d = editDistance(candidate.toLowerCase(), key.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return bestDistance <= Math.min(2, Math.floor(key.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

const TYPE_ORDER = ['null', 'boolean', 'number', 'integer', 'string', 'array', 'object'];

function expectedTypes(type: unknown): string[] {
  const list = Array.isArray(type) ? type.map(String) : String(type).split(',');
  return list.sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b));
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  boolean: 'true or false',
  integer: 'a whole number',
  number: 'a number',
  array: 'a list',
  object: 'a mapping (key: value lines)',
};

function typeMessage(path: Path, expected: string[], value: Json | undefined): string {
  const nullable = expected.includes('null');
  const words = expected.filter((t) => t !== 'null').map((t) => TYPE_WORDS[t] ?? t);
  let message = `must be ${words.join(' or ')}${nullable ? ' (or null, to leave it unset)' : ''}, not ${typeWord(value)}`;
  if (expected.includes('string') && (typeof value === 'boolean' || typeof value === 'number')) {
    message = `must be a string, not ${typeWord(value)} (write "${String(value)}" in quotes)`;
    if (typeof value === 'number' && path[path.length - 1] === 'tag') {
      message += '; YAML reads an unquoted 3.10 as the number 3.1';
    }
  } else if (expected.includes('boolean') && (value === 'true' || value === 'false')) {
    message += ` (write ${value} without quotes)`;
  }
  const name = formatPath(path);
  if (name === 'hub.extraConfig' && typeof value === 'string') {
    message +=
      '. Since chart 1.0.0 hub.extraConfig maps names to Python snippets, run in name order: put the code under a key such as `00-main: |`';
  } else if (name === 'prePuller.extraImages' && Array.isArray(value)) {
    message +=
      '. Since chart 0.8.0 each extra image has a name of its own: `prePuller.extraImages.my-image: {name: repo/image, tag: "1.0"}`';
  }
  return message;
}

export function typeWord(value: Json | undefined): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null (empty)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return `a number (${value})`;
  if (typeof value === 'boolean') return `a boolean (${value})`;
  return 'a string';
}

function showValue(value: Json): string {
  if (value === '') return '`""` (empty)';
  return value === null ? 'null' : typeof value === 'string' ? `\`${value}\`` : `\`${JSON.stringify(value)}\``;
}

// ---------------------------------------------------------------------------------------------
// helm's report

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
export function formatHelmSchemaErrors(values: JsonObject, chartName = 'jupyterhub'): string | null {
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
