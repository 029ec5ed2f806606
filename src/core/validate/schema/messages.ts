import { CHART_VERSION } from '../../model/chart-release.ts';
import { chartDefaults } from '../../model/chart-defaults.ts';
import { formatPath, type Json, type JsonObject, type Path } from '../../model/json.ts';
import { getIn } from '../../model/paths.ts';
import { closestKey } from './closest-key.ts';
import { REMOVED_KEYS } from './removed-keys.ts';
import type { SchemaViolation } from './violations.ts';

// Messages for admins

/** What a violation means, for the admin (the problem's message). */
export function describeViolation(v: SchemaViolation, own: JsonObject): string {
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

const TYPE_ORDER = ['null', 'boolean', 'number', 'integer', 'string', 'array', 'object'];

export function expectedTypes(type: unknown): string[] {
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
