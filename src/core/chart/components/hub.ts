import { b64enc, b64FirstCode, b64list, b64piece, b64pieces, type B64Piece } from '../go/base64.ts';
import { goStr, toJson, toYaml, toYamlEntry, toYamlKey, toYamlOrdered } from '../go/go-yaml.ts';
import { isImmutable } from '../incremental/immutable.ts';
import { goSortedKeysOf } from '../incremental/sorted-keys.ts';
import { presetTextLazy } from '../incremental/object-texts.ts';
import { sha256Hex } from '../go/sha256.ts';
import { BoundedMap } from '../incremental/bounded-map.ts';
import { cachesEnabled } from '../incremental/switch.ts';
import { valuesDigest } from '../incremental/values-digest.ts';
import { CHART_APP_VERSION, CHART_NAME, CHART_VERSION } from '../../model/chart-release.ts';
import { TemplateFail, labels, matchLabels, matchLabelsLM, type Ctx } from '../ctx.ts';
import { doc, type Doc } from '../doc.ts';
import {
  concat,
  coreAffinity,
  egressRules,
  extraEnv,
  imagePullSecrets,
  imageRef,
  items,
  netpolIngress,
  plain,
  plainText,
  spliceMap,
  tpl,
  trimSlash,
} from '../helpers.ts';
import { isMap, truthy, type Any } from '../values.ts';
import { deepEqual } from '../../model/json.ts';
import { randAlphaNum, randHex } from '../random.ts';

const C = 'hub';

/** The note shown instead of the chart's own Python files, which the project does not ship. */
export const CHART_FILE_NOTE = (file: string) =>
  `# ${file}: provided by the jupyterhub Helm chart ${CHART_VERSION} (files/hub/${file}); not reproduced here.\n`;

/** The generated-or-configured secrets of Secret `hub` (templates/hub/_helpers-passwords.tpl). */
export interface HubSecrets {
  authToken: string;
  cookieSecret: string;
  cryptKeeperKeys: string;
  serviceTokens: Record<string, string>;
}

function dig(obj: Any, ...path: string[]): Any {
  let node = obj;
  for (const p of path) {
    if (!isMap(node) || !Object.hasOwn(node, p)) return '';
    node = node[p];
  }
  return node;
}

export function hubSecrets(ctx: Ctx): HubSecrets {
  const v = ctx.v;
  const hubConfig = v.hub?.config;
  let authToken: string;
  if (truthy(dig(hubConfig, 'ConfigurableHTTPProxy', 'auth_token'))) authToken = goStr(hubConfig.ConfigurableHTTPProxy.auth_token);
  else if (truthy(v.proxy?.secretToken)) authToken = goStr(v.proxy.secretToken);
  else authToken = randAlphaNum(ctx.randomBytes, 64);
  let cookieSecret: string;
  if (truthy(dig(hubConfig, 'JupyterHub', 'cookie_secret'))) cookieSecret = goStr(hubConfig.JupyterHub.cookie_secret);
  else if (truthy(v.hub?.cookieSecret)) cookieSecret = goStr(v.hub.cookieSecret);
  else cookieSecret = randHex(ctx.randomBytes, 64);
  let cryptKeeperKeys: string;
  const keys = dig(hubConfig, 'CryptKeeper', 'keys');
  if (truthy(keys)) cryptKeeperKeys = (Array.isArray(keys) ? keys : [keys]).map(goStr).join(';');
  else cryptKeeperKeys = randHex(ctx.randomBytes, 64);
  const serviceTokens: Record<string, string> = {};
  const services = isMap(v.hub?.services) ? v.hub.services : {};
  for (const key of Object.keys(services).sort()) {
    const explicit = truthy(dig(services, key, 'api_token')) ? dig(services, key, 'api_token') : dig(services, key, 'apiToken');
    serviceTokens[key] = truthy(explicit) ? goStr(explicit) : randHex(ctx.randomBytes, 64);
  }
  return { authToken, cookieSecret, cryptKeeperKeys, serviceTokens };
}

// --- extraFiles (shared with singleuser/secret.yaml) ------------------------------------------

function fileExt(mountPath: string): string {
  const base = mountPath.replace(/\/+$/, '').split('/').pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot < 0 ? '' : base.slice(dot);
}

function validateFile(template: string, positions: { mount: string; count: string }, key: string, f: Any) {
  if (!truthy(f?.mountPath)) {
    throw new TemplateFail(template, positions.mount, `\n\nextraFiles entries (${key}) must contain the field 'mountPath'.`);
  }
  const n = [f.data, f.stringData, f.binaryData].filter(truthy).length;
  if (n !== 1) {
    throw new TemplateFail(
      template,
      positions.count,
      `\n\nextraFiles entries (${key}) must only contain one of the fields: 'data', 'stringData', and 'binaryData'.`,
    );
  }
}

export interface ExtraFilesPositions {
  mount: string;
  count: string;
  ext: string;
}

/** Secret data / stringData entries from an `extraFiles` map. */
export function extraFilesData(
  files: Any,
  template: string,
  pos: ExtraFilesPositions,
  toToml: (v: Any) => string,
): { data: Record<string, string>; stringData: Record<string, string> } {
  const data: Record<string, string> = {};
  const stringData: Record<string, string> = {};
  if (!isMap(files)) return { data, stringData };
  const keys = Object.keys(files).sort();
  for (const key of keys) {
    const f = files[key];
    validateFile(template, pos, key, f);
    if (truthy(f.binaryData)) data[key] = goStr(f.binaryData).replace(/\s+/gu, '');
  }
  for (const key of keys) {
    const f = files[key];
    if (truthy(f.stringData)) stringData[key] = blockText(goStr(f.stringData).replace(/\n$/, ''));
    if (truthy(f.data)) {
      const ext = fileExt(goStr(f.mountPath));
      if (ext === '.yaml' || ext === '.yml') stringData[key] = blockText(toYaml(f.data));
      else if (ext === '.json') stringData[key] = blockText(toJson(f.data));
      else if (ext === '.toml') stringData[key] = blockText(toToml(f.data).replace(/\n$/, ''));
      else {
        throw new TemplateFail(
          template,
          pos.ext,
          `\n\nextraFiles entries with 'data' (${key} > ${goStr(f.mountPath)}) needs to have a filename extension of .yaml, .yml, .json, or .toml!`,
        );
      }
    }
  }
  return { data, stringData };
}

/** What a YAML `|` block holding `text` (as nindented by helm) reads back as. */
export function blockText(text: string): string {
  const lines = text.split('\n');
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  if (lines.length === 0) return '';
  return lines.map((l) => (l.trim() === '' ? '' : l)).join('\n') + '\n';
}

// --- objects ------------------------------------------------------------------------------------

export function hubSecret(ctx: Ctx, secrets: HubSecrets, toToml: (v: Any) => string): Doc {
  const v = ctx.v;
  // `merge dict .Values` (mergo) skips the top-level nulls
  const top: Record<string, Any> = {};
  for (const k of Object.keys(v)) if (v[k] !== null && v[k] !== undefined) top[k] = v[k];
  const values = {
    ...top,
    Chart: { Name: CHART_NAME, Version: CHART_VERSION, AppVersion: CHART_APP_VERSION },
    Release: { Name: ctx.release, Namespace: ctx.namespace, Service: 'Helm' },
  };
  const files = extraFilesData(v.hub?.extraFiles, 'hub/secret.yaml', HUB_FILES_POS, toToml);
  // an extraFiles entry named values.yaml takes the key (in its place: first)
  const ours = !Object.hasOwn(files.data, 'values.yaml');
  const valuesYaml = onceValuesYamlB64(values);
  // typing in the page re-renders this Secret on every key, and the preview shows it folded:
  // with caches on, values.yaml's base64 is made only when something reads it
  const lazy = ours && cachesEnabled();
  const data: Record<string, string> = {};
  if (lazy) defineLazy(data, 'values.yaml', () => valuesYaml().b64);
  else data['values.yaml'] = ours ? valuesYaml().b64 : '';
  if (truthy(v.hub?.db?.password)) data['hub.db.password'] = b64enc(goStr(v.hub.db.password));
  Object.assign(data, encodedSecrets(secrets));
  Object.assign(data, files.data);
  const object: Record<string, Any> = {
    kind: 'Secret',
    apiVersion: 'v1',
    metadata: { name: ctx.names.hub, labels: labels(ctx, C) },
    type: 'Opaque',
    data,
  };
  if (Object.keys(files.stringData).length > 0) object.stringData = files.stringData;
  // checksum/secret hashes the object with values.yaml stood in for by a digest of the values
  // (a hash tree that only rehashes what an edit changed), not the whole base64 text; the
  // stand-in is built without reading values.yaml, which would make the base64
  if (ours) {
    const checksum = () => {
      secretChecksumsMade++;
      return sha256Hex(JSON.stringify({ ...object, data: withValuesYaml(data, `values-digest:${valuesDigest(values)}`) }));
    };
    standIns.add(object);
    if (lazy) {
      // typing changes this Secret on every key: its checksum is made when Deployment hub's
      // annotation is read (printed, copied), and the preview tells an edit's change from the
      // values themselves (sameRenderedContent)
      checksums.set(object, checksum);
      secretValues.set(object, values);
    } else checksums.set(object, checksum());
  } else checksums.set(object, sha256Hex(JSON.stringify(object)));
  if (lazy) presetTextLazy(object, () => secretText(object, data, valuesYaml()));
  return doc('hub/secret.yaml', C, object);
}

/** The base64 of the generated (or configured) secrets, as Secret hub's data lists them; remembered per secrets. */
const encodedSecretsMade = new WeakMap<HubSecrets, Record<string, string>>();
function encodedSecrets(secrets: HubSecrets): Record<string, string> {
  let out = cachesEnabled() ? encodedSecretsMade.get(secrets) : undefined;
  if (!out) {
    out = {};
    for (const key of Object.keys(secrets.serviceTokens)) out[`hub.services.${key}.apiToken`] = b64enc(secrets.serviceTokens[key]!);
    out['hub.config.ConfigurableHTTPProxy.auth_token'] = b64enc(secrets.authToken);
    out['hub.config.JupyterHub.cookie_secret'] = b64enc(secrets.cookieSecret);
    out['hub.config.CryptKeeper.keys'] = b64enc(secrets.cryptKeeperKeys);
    if (cachesEnabled()) encodedSecretsMade.set(secrets, out);
  }
  return out;
}

/** `valuesYamlB64(values)`, made on the first call only. */
function onceValuesYamlB64(values: Record<string, Any>): () => ValuesYamlB64 {
  let made: ValuesYamlB64 | undefined;
  return () => (made ??= valuesYamlB64(values));
}

/**
 * Makes `obj[key]` an enumerable property whose value `make` gives on the first read and which
 * is remembered: to every reader (Object.keys, spread, JSON.stringify, the emitter, deepEqual) it
 * is the same as a plain property holding that value. Writing it makes it a plain property.
 */
function defineLazy(obj: Record<string, Any>, key: string, make: () => string): void {
  let value: string | undefined;
  Object.defineProperty(obj, key, {
    enumerable: true,
    configurable: true,
    get: () => (value ??= make()),
    set: (v: Any) => Object.defineProperty(obj, key, { value: v, writable: true, enumerable: true, configurable: true }),
  });
}

/** A copy of `data` (same key order) with values.yaml replaced by `text`, made without reading values.yaml. */
function withValuesYaml(data: Record<string, string>, text: string): Record<string, string> {
  // fromEntries defines own properties, as the spread did (a key could be `__proto__`)
  return Object.fromEntries(Object.keys(data).map((k) => [k, k === 'values.yaml' ? text : data[k]!]));
}

/**
 * The content identity of two rendered objects when the renderer knows it without comparing
 * them: both have a checksum registered (Secret hub's, over the stand-in for values.yaml, and
 * those made for `checksum/*` annotations), which changes iff the content does. `undefined` when
 * it does not know (compare the objects then).
 */
export function sameRenderedContent(a: object, b: object): boolean | undefined {
  if (a === b) return true;
  // Secret hub, its checksum not made yet: values.yaml is a function of the values, which share
  // what an edit did not touch (so comparing them walks the edited path only), and the rest of
  // the Secret is small
  const va = secretValues.get(a);
  const vb = secretValues.get(b);
  if (va !== undefined && vb !== undefined) return deepEqual(va, vb) && sameBesidesValuesYaml(a as Record<string, Any>, b as Record<string, Any>);
  // Deployment hub with a checksum/secret made on first read: its other content, then its Secret's
  const da = secretChecksummed.get(a);
  const db = secretChecksummed.get(b);
  if (da !== undefined && db !== undefined) {
    if (da.base !== db.base && !deepEqual(da.base, db.base)) return false;
    return sameRenderedContent(da.secret, db.secret) ?? deepEqual(da.secret, db.secret);
  }
  const ca = registeredChecksum(a);
  const cb = registeredChecksum(b);
  // a stand-in's hash and a whole object's hash are not comparable
  if (ca === undefined || cb === undefined || standIns.has(a) !== standIns.has(b)) return undefined;
  return ca === cb;
}

/** Two Secret hub objects are the same but for data['values.yaml'] (which is not read). */
function sameBesidesValuesYaml(a: Record<string, Any>, b: Record<string, Any>): boolean {
  const { data: dataA, ...restA } = a;
  const { data: dataB, ...restB } = b;
  if (!deepEqual(restA, restB)) return false;
  const ka = Object.keys(dataA);
  const kb = Object.keys(dataB);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i] || (k !== 'values.yaml' && dataA[k] !== dataB[k])) return false;
  }
  return true;
}

interface ValuesYamlB64 {
  b64: string;
  /** b64's first char code (reading it off a stitched string would flatten it) */
  first: number;
}

let secretChecksumsMade = 0;
/** How many times Secret hub's checksum was made (tests check that typing does not make it). */
export function secretChecksumCount(): number {
  return secretChecksumsMade;
}

let valuesYamlMade = 0;
/** How many times values.yaml's base64 was made (tests check that it is made only when read). */
export function valuesYamlB64Count(): number {
  return valuesYamlMade;
}

/**
 * `b64enc (toYaml values)`, built from pieces of the text that are remembered: the entries of
 * read-only maps per (map, key, indent), those holding long strings per string, so that after an
 * edit only the entries along the edited path are printed and encoded again (down to the
 * entries of third-level maps; an extraConfig snippet is one piece).
 */
function valuesYamlB64(values: Record<string, Any>): ValuesYamlB64 {
  valuesYamlMade++;
  if (!cachesEnabled()) {
    const b64 = b64enc(toYaml(values));
    return { b64, first: b64.charCodeAt(0) };
  }
  const pieces: B64Piece[] = [];
  mapPieces(values, 0, 0, pieces);
  return { b64: b64pieces(pieces), first: b64FirstCode(pieces) };
}

const MAX_DEPTH = 3;
const LONG_STRING = 256;
/** pieces of the entries whose value is a read-only object */
const objectEntries = new WeakMap<object, Map<string, B64Piece>>();
/** pieces of the entries whose value is a long string */
/** (bounded in entries and in bytes: a piece holds the string's bytes and up to 3 base64 texts of it) */
const stringEntries = new BoundedMap<{ p: string; piece: B64Piece }>(2048, 8_000_000);

function mapPieces(map: Record<string, Any>, indent: number, depth: number, out: B64Piece[]): void {
  const pad = ' '.repeat(indent);
  let first = true;
  for (const key of goSortedKeysOf(map)) {
    entryPieces(key, map[key], indent, first ? pad : '\n' + pad, depth, out);
    first = false;
  }
}

function entryPieces(key: string, value: Any, indent: number, before: string, depth: number, out: B64Piece[]): void {
  if (typeof value === 'object' && value !== null && isImmutable(value)) {
    const slot = `${before}\0${key}`;
    let byKey = objectEntries.get(value);
    if (!byKey) objectEntries.set(value, (byKey = new Map()));
    let piece = byKey.get(slot);
    if (!piece) {
      if (depth < MAX_DEPTH && isMap(value) && Object.keys(value).length > 0) {
        // `key:` then the map's own entries, each remembered on its own
        const parts = [b64piece(before + toYamlKey(key) + '\n')];
        mapPieces(value, indent + 2, depth + 1, parts);
        piece = b64list(parts);
      } else piece = b64piece(before + toYamlEntry(key, value, indent));
      byKey.set(slot, piece);
    }
    out.push(piece);
    return;
  }
  if (typeof value === 'string' && value.length >= LONG_STRING) {
    const p = `${before}\0${key}`;
    const hit = stringEntries.get(value);
    if (hit && hit.p === p) {
      out.push(hit.piece);
      return;
    }
    const piece = b64piece(before + toYamlEntry(key, value, indent));
    stringEntries.set(value, { p, piece }, value.length + piece.len * 5);
    out.push(piece);
    return;
  }
  out.push(b64piece(before + toYamlEntry(key, value, indent)));
}

const PLACEHOLDER = 'VALUESYAMLBASE64';

/**
 * The Secret's manifest text, without having the emitter scan the long base64 of values.yaml:
 * our base64 (of UTF-8 text) is printed as a plain scalar whenever it is longer than any YAML
 * keyword and does not start like a number, so print the object with a short plain placeholder
 * and put the base64 in its place. Exactly `toYamlOrdered(object)` (which it falls back to).
 */
function secretText(object: Record<string, Any>, data: Record<string, string>, { b64, first: c }: ValuesYamlB64): string {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47;
  if (b64.length <= 5 || !letter) return toYamlOrdered(object);
  const text = toYamlOrdered({ ...object, data: withValuesYaml(data, PLACEHOLDER) });
  const line = `\n  values.yaml: ${PLACEHOLDER}\n`;
  const at = text.indexOf(line);
  if (at < 0 || text.indexOf(line, at + 1) >= 0) return toYamlOrdered(object);
  const start = at + line.length - PLACEHOLDER.length - 1;
  return text.slice(0, start) + b64 + text.slice(start + PLACEHOLDER.length);
}

const HUB_FILES_POS: ExtraFilesPositions = { mount: '43:11', count: '43:11', ext: '47:9' };

export function nameTemplates(ctx: Ctx): Record<string, string> {
  const n = ctx.names;
  return {
    fullname: n.fullname,
    'fullname-dash': n.fullnameDash,
    hub: n.hub,
    'hub-serviceaccount': n.hubServiceAccount,
    'hub-existing-secret': n.hubExistingSecret,
    'hub-existing-secret-or-default': n.hubExistingSecretOrDefault,
    'hub-pvc': n.hubPvc,
    proxy: n.proxy,
    'proxy-api': n.proxyApi,
    'proxy-http': n.proxyHttp,
    'proxy-public': n.proxyPublic,
    'proxy-public-tls': n.proxyPublicTls,
    'proxy-public-manual-tls': n.proxyPublicManualTls,
    autohttps: n.autohttps,
    'autohttps-serviceaccount': n.autohttpsServiceAccount,
    'user-scheduler-deploy': n.userSchedulerDeploy,
    'user-scheduler-serviceaccount': n.userSchedulerServiceAccount,
    'user-scheduler-lock': n.userSchedulerLock,
    'user-placeholder': n.userPlaceholder,
    'image-puller-priority': n.imagePullerPriority,
    'hook-image-awaiter': n.hookImageAwaiter,
    'hook-image-awaiter-serviceaccount': n.hookImageAwaiterServiceAccount,
    'hook-image-puller': n.hookImagePuller,
    'hook-image-puller-serviceaccount': n.hookImagePullerServiceAccount,
    'continuous-image-puller': n.continuousImagePuller,
    'continuous-image-puller-serviceaccount': n.continuousImagePullerServiceAccount,
    singleuser: n.singleuser,
    'image-pull-secret': n.imagePullSecret,
    ingress: n.ingress,
    priority: n.priority,
    'user-placeholder-priority': n.userPlaceholderPriority,
    'user-scheduler': n.userScheduler,
  };
}

export function hubConfigMap(ctx: Ctx, hookChecksum: string): Doc {
  return doc('hub/configmap.yaml', C, {
    kind: 'ConfigMap',
    apiVersion: 'v1',
    metadata: { name: ctx.names.hub, labels: labels(ctx, C) },
    data: {
      ...nameTemplates(ctx),
      'jupyterhub_config.py': CHART_FILE_NOTE('jupyterhub_config.py'),
      'z2jh.py': CHART_FILE_NOTE('z2jh.py'),
      'checksum_hook-image-puller': hookChecksum,
    },
  });
}

/**
 * The checksums of rendered objects (set where an object's checksum is made differently), and
 * remembered ones; a function is a checksum to make on first need (Secret hub's, while typing).
 */
const checksums = new WeakMap<object, string | (() => string)>();
/** The objects whose registered checksum hashes a stand-in for their values.yaml (hubSecret). */
const standIns = new WeakSet<object>();
/** Secret hub objects whose checksum is made on first need, with the values their values.yaml prints. */
const secretValues = new WeakMap<object, Record<string, Any>>();
/** Deployment hub objects whose checksum/secret annotation is made on first read: the Deployment without it, and the Secret. */
const secretChecksummed = new WeakMap<object, { base: object; secret: object }>();

function registeredChecksum(o: object): string | undefined {
  const c = checksums.get(o);
  if (typeof c !== 'function') return c;
  const made = c();
  checksums.set(o, made);
  return made;
}

/** sha256 over our rendering of an object (the `checksum/*` annotations). */
export function checksumOf(d: Doc): string {
  let c = registeredChecksum(d.object);
  if (c === undefined) {
    c = sha256Hex(JSON.stringify(d.object));
    if (cachesEnabled()) checksums.set(d.object, c);
  }
  return c;
}

/**
 * Deployment hub. With `secret` null, its checksum/secret annotation is left empty, to be set by
 * withSecretChecksum: the Secret changes with every edit of the values, and the rest of this
 * Deployment only with the hub's values, so the two are remembered apart (render-chart.ts).
 */
export function hubDeployment(ctx: Ctx, configMap: Doc, secret: Doc | null): Doc {
  const v = ctx.v;
  const hub = v.hub ?? {};
  const n = ctx.names;
  const T = 'hub/deployment.yaml';

  const volumes: Any[] = [
    { name: 'config', configMap: { name: n.hub } },
    { name: 'secret', secret: { secretName: n.hub } },
  ];
  if (n.hubExistingSecret) volumes.push({ name: 'existing-secret', secret: { secretName: plainText(n.hubExistingSecret) } });
  const fileKeys = isMap(hub.extraFiles) ? Object.keys(hub.extraFiles).sort() : [];
  if (truthy(hub.extraFiles)) {
    volumes.push({
      name: 'files',
      secret: {
        secretName: n.hub,
        items: fileKeys.map((key) => {
          const item: Any = { key, path: key };
          if (truthy(hub.extraFiles[key]?.mode)) item.mode = plain(hub.extraFiles[key].mode);
          return item;
        }),
      },
    });
  }
  if (truthy(hub.extraVolumes)) volumes.push(...items(hub.extraVolumes));
  const sqlite = hub.db?.type === 'sqlite-pvc';
  if (sqlite) volumes.push({ name: 'pvc', persistentVolumeClaim: { claimName: n.hubPvc } });

  let args: Any[];
  if (truthy(hub.args)) args = items(hub.args).map((a) => plain(tpl(ctx, a)));
  else {
    args = ['jupyterhub', '--config', '/usr/local/etc/jupyterhub/jupyterhub_config.py'];
    if (truthy(v.debug?.enabled)) args.push('--debug');
    const up = hub.db?.upgrade;
    if (typeof up === 'boolean') {
      if (up) args.push('--upgrade-db');
    } else if (up === null || up === undefined) {
      if (sqlite) args.push('--upgrade-db');
    }
  }

  const volumeMounts: Any[] = [
    { mountPath: '/usr/local/etc/jupyterhub/jupyterhub_config.py', subPath: 'jupyterhub_config.py', name: 'config' },
    { mountPath: '/usr/local/etc/jupyterhub/z2jh.py', subPath: 'z2jh.py', name: 'config' },
    { mountPath: '/usr/local/etc/jupyterhub/config/', name: 'config' },
    { mountPath: '/usr/local/etc/jupyterhub/secret/', name: 'secret' },
  ];
  if (n.hubExistingSecret) volumeMounts.push({ mountPath: '/usr/local/etc/jupyterhub/existing-secret/', name: 'existing-secret' });
  for (const key of fileKeys) volumeMounts.push({ mountPath: plain(hub.extraFiles[key]?.mountPath), subPath: key, name: 'files' });
  if (truthy(hub.extraVolumeMounts)) volumeMounts.push(...items(hub.extraVolumeMounts));
  if (sqlite) {
    const m: Any = { mountPath: '/srv/jupyterhub', name: 'pvc' };
    if (truthy(hub.db?.pvc?.subPath)) m.subPath = goStr(hub.db.pvc.subPath);
    volumeMounts.push(m);
  }

  const container: Record<string, Any> = { name: 'hub', image: imageRef(hub.image) };
  if (truthy(hub.command)) container.command = items(hub.command).map((c) => plain(tpl(ctx, c)));
  container.args = args;
  container.volumeMounts = volumeMounts;
  if (truthy(hub.resources)) container.resources = hub.resources;
  if (truthy(hub.image?.pullPolicy)) container.imagePullPolicy = plain(hub.image.pullPolicy);
  if (truthy(hub.containerSecurityContext)) container.securityContext = hub.containerSecurityContext;
  if (truthy(hub.lifecycle)) container.lifecycle = hub.lifecycle;
  container.env = [
    { name: 'PYTHONUNBUFFERED', value: '1' },
    { name: 'HELM_RELEASE_NAME', value: ctx.release },
    { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
    {
      name: 'CONFIGPROXY_AUTH_TOKEN',
      valueFrom: { secretKeyRef: { name: n.hub, key: 'hub.config.ConfigurableHTTPProxy.auth_token' } },
    },
    ...extraEnv(hub.extraEnv, T, '206:16'),
  ];
  container.ports = [{ name: 'http', containerPort: 8081 }];
  const healthPath = `${trimSlash(goStr(hub.baseUrl))}/hub/health`;
  for (const probe of ['livenessProbe', 'readinessProbe'] as const) {
    const p = hub[probe];
    if (truthy(p?.enabled)) {
      container[probe] = {
        initialDelaySeconds: plain(p.initialDelaySeconds),
        periodSeconds: plain(p.periodSeconds),
        timeoutSeconds: plain(p.timeoutSeconds),
        failureThreshold: plain(p.failureThreshold),
        httpGet: { path: plainText(healthPath), port: 'http' },
      };
    }
  }

  const podSpec: Record<string, Any> = {};
  if (truthy(v.scheduling?.podPriority?.enabled)) podSpec.priorityClassName = n.priority;
  if (truthy(hub.nodeSelector)) podSpec.nodeSelector = hub.nodeSelector;
  const tolerations = concat(v.scheduling?.corePods?.tolerations, hub.tolerations);
  if (tolerations.length) podSpec.tolerations = tolerations;
  const affinity = coreAffinity(ctx);
  if (affinity) podSpec.affinity = affinity;
  podSpec.volumes = volumes;
  if (n.hubServiceAccount) podSpec.serviceAccountName = plainText(n.hubServiceAccount);
  if (truthy(hub.podSecurityContext)) podSpec.securityContext = hub.podSecurityContext;
  const pullSecrets = imagePullSecrets(ctx, hub.image);
  if (pullSecrets) podSpec.imagePullSecrets = pullSecrets;
  if (truthy(hub.initContainers)) podSpec.initContainers = hub.initContainers;
  podSpec.containers = [container, ...(truthy(hub.extraContainers) ? items(hub.extraContainers) : [])];
  if (truthy(hub.extraPodSpec)) spliceMap(podSpec, hub.extraPodSpec);

  const spec: Record<string, Any> = {};
  if (hub.revisionHistoryLimit !== null && hub.revisionHistoryLimit !== undefined) spec.revisionHistoryLimit = plain(hub.revisionHistoryLimit);
  spec.replicas = 1;
  spec.selector = { matchLabels: matchLabels(ctx, C) };
  spec.strategy = hub.deploymentStrategy ?? null;
  const podLabels = spliceMap(
    {
      ...matchLabelsLM(ctx, C),
      'hub.jupyter.org/network-access-proxy-api': 'true',
      'hub.jupyter.org/network-access-proxy-http': 'true',
      'hub.jupyter.org/network-access-singleuser': 'true',
    },
    truthy(hub.labels) ? hub.labels : undefined,
  );
  const ownAnnotations = truthy(hub.annotations) ? hub.annotations : undefined;
  const annotations = spliceMap(
    { 'checksum/config-map': checksumOf(configMap), 'checksum/secret': secret ? checksumOf(secret) : '' },
    ownAnnotations,
  );
  spec.template = { metadata: { labels: podLabels, annotations }, spec: podSpec };

  const d = doc(T, C, {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: n.hub, labels: labels(ctx, C) },
    spec,
  });
  // the admin's own checksum/secret annotation wins over the chart's: then there is nothing to set
  if (!secret && !(isMap(ownAnnotations) && Object.hasOwn(ownAnnotations, 'checksum/secret'))) awaitingSecretChecksum.add(d.object);
  return d;
}

/** Deployment hub objects made without a Secret, whose checksum/secret annotation withSecretChecksum sets. */
const awaitingSecretChecksum = new WeakSet<object>();
/** withSecretChecksum's last result per Deployment, so that re-rendering the same values hands out the same object. */
const lastWithSecret = new WeakMap<object, { secret: Doc; out: Doc }>();

/**
 * `deployment` (made by hubDeployment without a Secret) with the checksum/secret annotation of
 * `secret`, made on first read: a copy along spec.template.metadata.annotations, the rest shared.
 * Exactly what hubDeployment makes with the Secret, to every reader.
 */
export function withSecretChecksum(deployment: Doc, secret: Doc): Doc {
  const base = deployment.object;
  if (!awaitingSecretChecksum.has(base)) return deployment;
  const last = lastWithSecret.get(base);
  if (last && last.secret === secret) return last.out;
  const spec = base.spec as Record<string, Any>;
  const template = spec.template as Record<string, Any>;
  const metadata = template.metadata as Record<string, Any>;
  const before = metadata.annotations as Record<string, Any>;
  // the same keys in the same order (the chart's two checksums first, then the admin's)
  const annotations: Record<string, Any> = {};
  for (const k of Object.keys(before)) {
    if (k === 'checksum/secret') defineLazy(annotations, k, () => checksumOf(secret));
    else annotations[k] = before[k];
  }
  const object = { ...base, spec: { ...spec, template: { ...template, metadata: { ...metadata, annotations } } } };
  secretChecksummed.set(object, { base, secret: secret.object });
  const out = doc(deployment.template, deployment.component, object);
  lastWithSecret.set(base, { secret, out });
  return out;
}

export function hubNetpol(ctx: Ctx): Doc | undefined {
  const np = ctx.v.hub?.networkPolicy;
  if (!truthy(np?.enabled)) return undefined;
  return doc('hub/netpol.yaml', C, {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: ctx.names.hub, labels: labels(ctx, C) },
    spec: {
      podSelector: { matchLabels: matchLabels(ctx, C) },
      policyTypes: ['Ingress', 'Egress'],
      ingress: netpolIngress(np, [[[{ port: 'http' }], 'hub.jupyter.org/network-access-hub']]),
      egress: [
        { to: [{ podSelector: { matchLabels: matchLabels(ctx, 'proxy') } }], ports: [{ port: 8001 }] },
        { to: [{ podSelector: { matchLabels: matchLabels(ctx, 'singleuser-server') } }], ports: [{ port: 8888 }] },
        ...egressRules(ctx, np),
      ],
    },
  });
}

export function pdbDoc(ctx: Ctx, template: string, component: string, name: string, pdb: Any): Doc {
  const spec: Record<string, Any> = {};
  if (pdb?.maxUnavailable !== null && pdb?.maxUnavailable !== undefined) spec.maxUnavailable = plain(pdb.maxUnavailable);
  if (pdb?.minAvailable !== null && pdb?.minAvailable !== undefined) spec.minAvailable = plain(pdb.minAvailable);
  spec.selector = { matchLabels: matchLabels(ctx, component) };
  return doc(template, component, {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name, labels: labels(ctx, component) },
    spec,
  });
}

export function hubPdb(ctx: Ctx): Doc | undefined {
  const pdb = ctx.v.hub?.pdb;
  if (!truthy(pdb?.enabled)) return undefined;
  return pdbDoc(ctx, 'hub/pdb.yaml', C, ctx.names.hub, pdb);
}

export function hubPvc(ctx: Ctx): Doc | undefined {
  const db = ctx.v.hub?.db;
  if (db?.type !== 'sqlite-pvc') return undefined;
  const pvc = db.pvc ?? {};
  const metadata: Record<string, Any> = { name: ctx.names.hubPvc, labels: labels(ctx, C) };
  if (truthy(pvc.annotations)) metadata.annotations = pvc.annotations;
  const spec: Record<string, Any> = {};
  if (truthy(pvc.selector)) spec.selector = pvc.selector;
  if (typeof pvc.storageClassName === 'string') spec.storageClassName = pvc.storageClassName;
  spec.accessModes = pvc.accessModes ?? null;
  spec.resources = { requests: { storage: goStr(pvc.storage) } };
  return doc('hub/pvc.yaml', C, { kind: 'PersistentVolumeClaim', apiVersion: 'v1', metadata, spec });
}

export function hubRbac(ctx: Ctx): Doc[] {
  if (!truthy(ctx.v.rbac?.create)) return [];
  const n = ctx.names;
  return [
    doc('hub/rbac.yaml', C, {
      kind: 'Role',
      apiVersion: 'rbac.authorization.k8s.io/v1',
      metadata: { name: n.hub, labels: labels(ctx, C) },
      rules: [
        {
          apiGroups: [''],
          resources: ['pods', 'persistentvolumeclaims', 'secrets', 'services'],
          verbs: ['get', 'watch', 'list', 'create', 'delete'],
        },
        { apiGroups: [''], resources: ['events'], verbs: ['get', 'watch', 'list'] },
      ],
    }),
    doc('hub/rbac.yaml', C, {
      kind: 'RoleBinding',
      apiVersion: 'rbac.authorization.k8s.io/v1',
      metadata: { name: n.hub, labels: labels(ctx, C) },
      subjects: [{ kind: 'ServiceAccount', name: plainText(n.hubServiceAccount), namespace: ctx.namespace }],
      roleRef: { kind: 'Role', name: n.hub, apiGroup: 'rbac.authorization.k8s.io' },
    }),
  ];
}

export function hubService(ctx: Ctx): Doc {
  const hub = ctx.v.hub ?? {};
  const svc = hub.service ?? {};
  const ann = isMap(svc.annotations) ? svc.annotations : {};
  const annotations: Record<string, Any> = {};
  if (!truthy(ann['prometheus.io/scrape'])) annotations['prometheus.io/scrape'] = 'true';
  if (!truthy(ann['prometheus.io/path'])) annotations['prometheus.io/path'] = plainText(`${trimSlash(goStr(hub.baseUrl))}/hub/metrics`);
  if (!truthy(ann['prometheus.io/port'])) annotations['prometheus.io/port'] = '8081';
  spliceMap(annotations, truthy(svc.annotations) ? svc.annotations : undefined);
  const port: Record<string, Any> = { name: 'hub', port: 8081, targetPort: 'http' };
  if (truthy(svc.ports?.nodePort)) port.nodePort = plain(svc.ports.nodePort);
  if (truthy(svc.ports?.appProtocol)) port.appProtocol = plain(svc.ports.appProtocol);
  const spec: Record<string, Any> = {
    type: plain(svc.type),
    selector: matchLabels(ctx, C),
    ports: [port, ...(truthy(svc.extraPorts) ? items(svc.extraPorts) : [])],
  };
  if (truthy(svc.loadBalancerIP)) spec.loadBalancerIP = plain(svc.loadBalancerIP);
  if (truthy(svc.ipFamilyPolicy)) spec.ipFamilyPolicy = plain(svc.ipFamilyPolicy);
  if (truthy(svc.ipFamilies)) spec.ipFamilies = svc.ipFamilies;
  return doc('hub/service.yaml', C, {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: ctx.names.hub, labels: labels(ctx, C), annotations },
    spec,
  });
}

export function hubServiceAccount(ctx: Ctx): Doc | undefined {
  const sa = ctx.v.hub?.serviceAccount;
  if (!truthy(sa?.create)) return undefined;
  const metadata: Record<string, Any> = { name: plainText(ctx.names.hubServiceAccount) };
  if (truthy(sa.annotations)) metadata.annotations = sa.annotations;
  metadata.labels = labels(ctx, C);
  return doc('hub/serviceaccount.yaml', C, { apiVersion: 'v1', kind: 'ServiceAccount', metadata });
}
