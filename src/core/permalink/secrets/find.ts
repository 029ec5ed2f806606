import { formatPath, isObject, type Json, type JsonObject, type Path } from '../../model/json.ts';
import type { SecretCut, SecretFinding } from './finding.ts';
import { isPublicName, isSecretName } from './names.ts';
import { ENV_KEYS, NAME_MAPS, TOKEN_MAP_KEYS, isPlaceholder, isPythonPlace, isSecretManifest, ownerName, placeReason, underNameMap } from './places.ts';
import { pythonSecrets } from './python.ts';
import { base64Text, knownTokenSpans, looksRandom, type Span } from './shapes.ts';
import { coversAll, isReference, linesAt, textSecrets } from './text.ts';

/**
 * Every secret in the admin's values, found by place and by shape:
 * - by name, at any depth: `client_secret`, `password`, `apiToken`, `cookieSecret`, `smtp_pass` …
 *   (a scalar, or each item of a list of scalars);
 * - by place: CryptKeeper keys, the manual HTTPS key, credential files in extraFiles, keys of
 *   `api_tokens`/`service_tokens`, the value after `--password` in an args list, the data of a
 *   Kubernetes Secret manifest;
 * - in the environment of any container, KubeSpawner or profile: by the variable's name, by what
 *   the value holds, or because it looks random (not `valueFrom` references);
 * - in any string: known token formats, private keys, webhook URLs, passwords in URLs,
 *   Authorization headers, `--token=…`-style flags, `NAME=secret` (text.ts);
 * - in Python (hub.extraConfig, .py extraFiles): literals assigned to secret names (python.ts);
 * - in map keys: a key that is a token;
 * - anywhere: a long random string whose name does not say it is an identifier.
 * Empty strings and references (`$VAR`, `{…}`) are not secrets.
 */
export function findSecrets(values: JsonObject): SecretFinding[] {
  const found: SecretFinding[] = [];
  const add = (path: Path, reason: string, cut: SecretCut, where = formatPath(path), line?: number) =>
    found.push({ path, where: line === undefined ? where : `${where} (line ${line})`, reason, ...(line === undefined ? {} : { line }), cut });

  const addSpans = (path: Path, text: string, spans: readonly Span[], lines: boolean, prefix = '') => {
    const where = formatPath(path);
    const at = lines ? linesAt(text, spans.map((span) => span.start)) : [];
    spans.forEach((span, i) => add(path, prefix + span.reason, { kind: 'text', start: span.start, end: span.end }, where, at[i]));
  };

  /** A string by what it holds: `name` is its key (or its list's key) */
  const visitString = (text: string, path: Path, name: string | undefined): void => {
    if (text === '' || isPlaceholder(text)) return;
    const spans = textSecrets(text, 'commands');
    if (coversAll(text, spans)) add(path, spans[0]!.reason, { kind: 'value' });
    else if (spans.length > 0) addSpans(path, text, spans, text.includes('\n'));
    else if (!text.includes('\n') && !(name !== undefined && isPublicName(name)) && !underNameMap(path) && looksRandom(text)) {
      add(path, 'a long random string, most likely a token', { kind: 'value' });
    }
  };

  const visitFileData = (data: string, path: Path): void => {
    const text = base64Text(data);
    const spans = text === null ? [] : textSecrets(text, 'commands');
    if (spans.length > 0) add(path, `the file holds ${spans[0]!.reason}`, { kind: 'value' });
  };

  const visit = (node: Json, path: Path, name: string | undefined): void => {
    if (typeof node === 'string') visitString(node, path, name);
    else if (Array.isArray(node)) visitList(node, path, name);
    else if (isObject(node)) visitMap(node, path);
  };

  const visitList = (list: Json[], path: Path, name: string | undefined): void => {
    const after = flagValues(list);
    list.forEach((item, i) => {
      const flag = after.get(i);
      if (flag !== undefined) add([...path, i], `the value after ${flag}`, { kind: 'value' });
      else visit(item, [...path, i], name);
    });
  };

  const visitMap = (node: JsonObject, path: Path): void => {
    const mapName = path[path.length - 1];
    for (const key of Object.keys(node)) {
      const child = node[key]!;
      const childPath = [...path, key];
      const keyReason = secretKeyReason(key, typeof mapName === 'string' ? mapName : undefined);
      if (keyReason) {
        add(childPath, keyReason, { kind: 'key' }, formatPath(path) + keyWhere(child, mapName));
        continue;
      }
      const place = placeReason(childPath, child, node);
      if (place) {
        add(childPath, place, { kind: 'value' });
        continue;
      }
      if ((key === 'data' || key === 'stringData') && isObject(child) && isSecretManifest(node)) {
        for (const name of Object.keys(child)) {
          if (isSecretScalar(child[name])) add([...childPath, name], `the ${key} of a Kubernetes Secret`, { kind: 'value' });
        }
        continue;
      }
      if (ENV_KEYS.has(key) && (Array.isArray(child) || isObject(child))) {
        visitEnv(child, childPath, ownerName(node));
        continue;
      }
      if (isSecretName(key) && !underNameMap(childPath) && visitSecretNamed(key, child, childPath)) continue;
      if (typeof child === 'string' && isPythonPlace(childPath, node)) {
        for (const hit of pythonSecrets(child)) add(childPath, hit.reason, { kind: 'text', start: hit.start, end: hit.end }, formatPath(childPath), hit.line);
        continue;
      }
      if (typeof child === 'string' && key === 'binaryData' && path[path.length - 2] === 'extraFiles' && !isPlaceholder(child)) {
        visitFileData(child, childPath);
        continue;
      }
      visit(child, childPath, key);
    }
  };

  /** A value under a secret name: true when it was taken as the secret (a map is read further). */
  const visitSecretNamed = (key: string, child: Json, path: Path): boolean => {
    if (isSecretScalar(child)) {
      add(path, `the name ${key} marks a secret`, { kind: 'value' });
      return true;
    }
    if (Array.isArray(child) && child.length > 0 && child.every((item) => item === null || typeof item !== 'object')) {
      child.forEach((item, i) => {
        if (isSecretScalar(item)) add([...path, i], `an item of ${key}, a name that marks secrets`, { kind: 'value' });
      });
      return true;
    }
    return false;
  };

  const visitEnv = (env: JsonObject | Json[], path: Path, owner: string | undefined): void => {
    const of = owner ? ` of container ${owner}` : '';
    const envValue = (variable: string, value: string | number, at: Path) => {
      const text = String(value);
      if (text === '' || isPlaceholder(text)) return;
      const name = variable;
      if (isSecretName(name)) return add(at, `environment variable ${name}${of} is named like a secret`, { kind: 'value' });
      const spans = textSecrets(text, 'commands');
      if (coversAll(text, spans)) return add(at, `environment variable ${name}${of} holds ${spans[0]!.reason}`, { kind: 'value' });
      if (spans.length > 0) return addSpans(at, text, spans, text.includes('\n'), `environment variable ${name}${of}: `);
      if (!isPublicName(name) && looksRandom(text)) add(at, `environment variable ${name}${of} holds a long random string, most likely a token`, { kind: 'value' });
    };
    if (Array.isArray(env)) {
      env.forEach((item, i) => {
        if (isObject(item) && typeof item.name === 'string' && secretKeyReason(item.name, undefined)) {
          // a name that is itself a secret: the name becomes the placeholder, its value goes
          add([...path, i, 'name'], `an environment variable${of} whose name ${secretKeyReason(item.name, undefined)!.replace(/^the key /, '')}`, { kind: 'text', start: 0, end: item.name.length });
          if (item.value !== undefined) add([...path, i, 'value'], `the value of an environment variable${of} whose name is a secret`, { kind: 'value' });
        } else if (isObject(item) && typeof item.name === 'string' && (typeof item.value === 'string' || typeof item.value === 'number')) {
          envValue(item.name, item.value, [...path, i, 'value']);
        } else if (!(isObject(item) && 'valueFrom' in item)) {
          visit(item, [...path, i], undefined);
        }
      });
      return;
    }
    for (const name of Object.keys(env)) {
      const value = env[name]!;
      const keyReason = secretKeyReason(name, undefined);
      if (keyReason) add([...path, name], keyReason, { kind: 'key' }, `${formatPath(path)} (one of its keys)`);
      else if (typeof value === 'string' || typeof value === 'number') envValue(name, value, [...path, name]);
      else if (isObject(value) && (typeof value.value === 'string' || typeof value.value === 'number')) envValue(name, value.value, [...path, name, 'value']);
      else if (!(isObject(value) && 'valueFrom' in value)) visit(value, [...path, name], name);
    }
  };

  visit(values, [], undefined);
  return found;
}

function isSecretScalar(value: Json | undefined): boolean {
  if (typeof value === 'number') return true;
  return typeof value === 'string' && value !== '' && !isPlaceholder(value);
}

/** Why a map key is itself a secret: a key of a token map, or a key shaped like a token. */
function secretKeyReason(key: string, mapName: string | undefined): string | null {
  if (mapName !== undefined && TOKEN_MAP_KEYS.has(mapName)) return `the keys of ${mapName} are API tokens`;
  const shaped = knownTokenSpans(key)[0] ?? textSecrets(key, 'shapes')[0];
  if (shaped) return `the key holds ${shaped.reason}`;
  if (looksRandom(key) && !(mapName !== undefined && (isPublicName(mapName) || NAME_MAPS.has(mapName)))) return 'the key is a long random string, most likely a token';
  return null;
}

/**
 * How a left-out key is named for the admin: a token map's entry by its owner (`the token of
 * "alice"`), any other key by its place alone (its value might be a secret too).
 */
function keyWhere(value: Json, mapName: string | number | undefined): string {
  const owner = typeof mapName === 'string' && TOKEN_MAP_KEYS.has(mapName) && typeof value === 'string' && value.length <= 64;
  return owner && !value.includes('\n') && textSecrets(value, 'commands').length === 0 && !looksRandom(value) ? ` (the token of ${JSON.stringify(value)})` : ' (one of its keys)';
}

/** Items of an args or command list that follow a secret flag (`["--api-token", "<secret>"]`), with the flag. */
function flagValues(list: readonly Json[]): Map<number, string> {
  const out = new Map<number, string>();
  for (let i = 0; i + 1 < list.length; i++) {
    const flag = list[i];
    const value = list[i + 1];
    if (typeof flag !== 'string' || typeof value !== 'string') continue;
    const m = /^--?([A-Za-z][\w.-]+)$/.exec(flag);
    if (m && isSecretName(m[1]!) && !value.startsWith('-') && !isReference(value)) out.set(i + 1, flag);
  }
  return out;
}

