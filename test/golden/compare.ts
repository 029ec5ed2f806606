/**
 * Compares our manifests with helm's, resource by resource, as parsed YAML, under exactly the
 * allowances of ../shared/z2jh/golden/README.md:
 * - Secret hub: the generated secrets (auth_token, cookie_secret, CryptKeeper.keys,
 *   hub.services.*.apiToken) may differ when helm generated them, but ours must have the same form;
 *   values.yaml is compared decoded and parsed.
 * - `checksum/*` pod-template annotations and ConfigMap hub's `checksum_hook-image-puller`: ours
 *   must exist, values may differ.
 * - ConfigMap hub's `jupyterhub_config.py` and `z2jh.py`: ours must be a (note) string.
 * Everything else must be equal, and the resources must come in the same order from the same
 * templates.
 */
import { parse } from 'yaml';

export interface ParsedDoc {
  source: string;
  object: Record<string, unknown>;
}

/** Splits a `helm template` stream into its documents (empty ones dropped, as helm does). */
export function parseStream(text: string): ParsedDoc[] {
  const out: ParsedDoc[] = [];
  for (const chunk of text.split(/^---\s*$/m)) {
    const m = /^# Source: (.+)$/m.exec(chunk);
    const object = parse(chunk, { uniqueKeys: false }) as Record<string, unknown> | null;
    if (object === null || object === undefined) continue;
    out.push({ source: m ? m[1]!.trim() : '', object });
  }
  return out;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function keyOf(o: Obj): string {
  const md = (isObj(o.metadata) ? o.metadata : {}) as Obj;
  return `${String(o.apiVersion)}/${String(o.kind)}/${String(md.namespace ?? '')}/${String(md.name)}`;
}

const decode = (s: unknown) => Buffer.from(String(s), 'base64').toString('utf8');
const GENERATED: [RegExp, RegExp][] = [
  [/^hub\.config\.ConfigurableHTTPProxy\.auth_token$/, /^[A-Za-z0-9]{64}$/],
  [/^hub\.config\.JupyterHub\.cookie_secret$/, /^[0-9a-f]{64}$/],
  [/^hub\.config\.CryptKeeper\.keys$/, /^[0-9a-f]{64}$/],
  [/^hub\.services\.[^.]+\.apiToken$/, /^[0-9a-f]{64}$/],
];

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/** Applies the allowances to a pair; returns problems that the allowances themselves find. */
function applyAllowances(ours: Obj, theirs: Obj, problems: string[]): void {
  const kind = theirs.kind;
  const data = isObj(theirs.data) ? theirs.data : undefined;
  const odata = isObj(ours.data) ? ours.data : undefined;
  if (kind === 'Secret' && data && 'values.yaml' in data) {
    if (!odata) {
      problems.push('Secret hub: no data');
      return;
    }
    for (const key of Object.keys(data)) {
      const rule = GENERATED.find(([k]) => k.test(key));
      if (!rule) continue;
      const theirValue = decode(data[key]);
      if (!rule[1].test(theirValue)) continue; // configured, not generated: must be equal
      if (!(key in odata)) problems.push(`Secret hub: missing ${key}`);
      else if (!rule[1].test(decode(odata[key]))) problems.push(`Secret hub: ${key} does not have the generated form ${rule[1]}`);
      data[key] = odata[key] = '<generated>';
    }
    if ('values.yaml' in odata) {
      data['values.yaml'] = parse(decode(data['values.yaml'])) as unknown as string;
      odata['values.yaml'] = parse(decode(odata['values.yaml'])) as unknown as string;
    }
  }
  if (kind === 'ConfigMap' && data && 'checksum_hook-image-puller' in data) {
    if (!odata) {
      problems.push('ConfigMap hub: no data');
      return;
    }
    for (const key of ['checksum_hook-image-puller', 'jupyterhub_config.py', 'z2jh.py']) {
      if (!(key in data)) continue;
      if (typeof odata[key] !== 'string' || odata[key] === '') problems.push(`ConfigMap hub: ${key} missing`);
      data[key] = odata[key] = '<allowed>';
    }
  }
  const tmeta = (o: Obj) => {
    const spec = isObj(o.spec) ? o.spec : undefined;
    const template = spec && isObj(spec.template) ? spec.template : undefined;
    const md = template && isObj(template.metadata) ? template.metadata : undefined;
    return md && isObj(md.annotations) ? md.annotations : undefined;
  };
  const ta = tmeta(theirs);
  if (ta) {
    const oa = tmeta(ours);
    for (const key of Object.keys(ta)) {
      if (!key.startsWith('checksum/')) continue;
      if (!oa || typeof oa[key] !== 'string' || oa[key] === '') problems.push(`${keyOf(theirs)}: missing annotation ${key}`);
      else oa[key] = '<checksum>';
      ta[key] = '<checksum>';
    }
  }
}

/** The first difference between two parsed values, as a path; undefined when equal. */
export function firstDiff(a: unknown, b: unknown, path = ''): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: list length ${a.length} != ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDiff(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  if (isObj(a) && isObj(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of [...keys].sort()) {
      if (!(k in a)) return `${path}.${k}: missing in ours (helm: ${JSON.stringify(b[k])?.slice(0, 200)})`;
      if (!(k in b)) return `${path}.${k}: extra in ours (${JSON.stringify(a[k])?.slice(0, 200)})`;
      const d = firstDiff(a[k], b[k], `${path}.${k}`);
      if (d) return d;
    }
    return undefined;
  }
  return `${path}: ours ${JSON.stringify(a)?.slice(0, 300)} != helm ${JSON.stringify(b)?.slice(0, 300)}`;
}

/** Every difference between our stream and helm's that the README does not allow. */
export function compareStreams(oursText: string, helmText: string): string[] {
  const ours = parseStream(oursText);
  const theirs = parseStream(helmText);
  const problems: string[] = [];
  const ok = ours.map((d) => `${keyOf(d.object)} @ ${d.source}`);
  const hk = theirs.map((d) => `${keyOf(d.object)} @ ${d.source}`);
  if (ok.join('\n') !== hk.join('\n')) {
    const missing = hk.filter((k) => !ok.includes(k));
    const extra = ok.filter((k) => !hk.includes(k));
    if (missing.length || extra.length) problems.push(`resources differ: missing ${JSON.stringify(missing)} extra ${JSON.stringify(extra)}`);
    else problems.push(`order differs:\n  ours: ${ok.join('\n        ')}\n  helm: ${hk.join('\n        ')}`);
  }
  // the chart can render two objects with one key (PodDisruptionBudget `proxy` from proxy/pdb.yaml
  // and proxy/autohttps/pdb.yaml): pair the n-th occurrences
  const byKey = new Map<string, Record<string, unknown>[]>();
  for (const d of ours) byKey.set(keyOf(d.object), [...(byKey.get(keyOf(d.object)) ?? []), d.object]);
  const seen = new Map<string, number>();
  for (const t of theirs) {
    const key = keyOf(t.object);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const o = byKey.get(key)?.[n];
    if (!o) continue;
    const a = clone(o);
    const b = clone(t.object);
    applyAllowances(a, b, problems);
    const d = firstDiff(a, b);
    if (d) problems.push(`${key}: ${d}`);
  }
  return problems;
}

/** helm's stderr for a refusal, without its `--debug` hint. */
export function helmErrorText(stderr: string): string {
  return stderr.replace(/\nUse --debug flag to render out invalid YAML\n$/, '');
}
