import { goStr, toJson } from './go/go-yaml.ts';
import { TemplateFail, type Ctx } from './ctx.ts';
import { isMap, truthy, type Any } from './values.ts';

/**
 * The value a YAML 1.2 (core schema) reader sees when helm writes `key: {{ x }}` unquoted:
 * Go prints x, and the text is read back as a plain scalar.
 */
export function plain(v: unknown): Any {
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  return plainText(goStr(v));
}

const intRe = /^[-+]?[0-9]+$/;
const floatRe = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

export function plainText(text: string): Any {
  const t = text.trim();
  switch (t) {
    case '':
    case '~':
    case 'null':
    case 'Null':
    case 'NULL':
      return null;
    case 'true':
    case 'True':
    case 'TRUE':
      return true;
    case 'false':
    case 'False':
    case 'FALSE':
      return false;
    case '.inf':
    case '.Inf':
    case '.INF':
    case '+.inf':
    case '+.Inf':
    case '+.INF':
      return Infinity;
    case '-.inf':
    case '-.Inf':
    case '-.INF':
      return -Infinity;
    case '.nan':
    case '.NaN':
    case '.NAN':
      return NaN;
  }
  const c = t.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
    if (intRe.test(t) || floatRe.test(t)) return Number(t);
    if (/^0o[0-7]+$/.test(t)) return parseInt(t.slice(2), 8);
    if (/^0x[0-9a-fA-F]+$/.test(t)) return parseInt(t.slice(2), 16);
  }
  return t;
}

/** `trimSuffix "/"` */
export function trimSlash(s: string): string {
  return s.endsWith('/') ? s.slice(0, -1) : s;
}

/** `concat a b ...` over lists that may be null. */
export function concat(...lists: Any[]): Any[] {
  const out: Any[] = [];
  for (const l of lists) if (Array.isArray(l)) out.push(...l);
  return out;
}

/** `{{ list | toYaml }}` spliced into a YAML list: the items themselves. */
export function items(v: Any): Any[] {
  return Array.isArray(v) ? v : [];
}

/** Values spliced into a map with `toYaml | nindent`: later keys win (as a YAML reader would). */
export function spliceMap(target: Record<string, Any>, extra: Any): Record<string, Any> {
  if (isMap(extra)) for (const k of Object.keys(extra)) target[k] = extra[k];
  return target;
}

/** Go type names, as `typeOf` prints them. */
export function goTypeOf(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'float64';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return '[]interface {}';
  return 'map[string]interface {}';
}

/** `jupyterhub.extraEnv`: EnvVar entries from a list (verbatim) or a map (sorted by key). */
export function extraEnv(env: Any, template: string, position: string): Any[] {
  if (!truthy(env)) return [];
  if (Array.isArray(env)) return env;
  if (!isMap(env)) return [];
  const out: Any[] = [];
  for (const key of Object.keys(env).sort()) {
    const value = env[key];
    if (isMap(value)) {
      const e: Record<string, Any> = { ...value };
      if (!Object.hasOwn(e, 'name') || !truthy(e.name)) e.name = key;
      out.push(e);
    } else if (typeof value === 'string') {
      out.push({ name: key, value });
    } else {
      throw new TemplateFail(template, position, `?.extraEnv.${key} had an unexpected type (${goTypeOf(value)})`);
    }
  }
  return out;
}

function uniq(list: Any[]): Any[] {
  const out: Any[] = [];
  const seen: string[] = [];
  for (const x of list) {
    const k = toJson(x);
    if (!seen.includes(k)) {
      seen.push(k);
      out.push(x);
    }
  }
  return out;
}

/** `jupyterhub.imagePullSecrets`: undefined when nothing is to be written. */
export function imagePullSecrets(ctx: Ctx, image: Any): Any[] | undefined {
  const v = ctx.v;
  let list = uniq(concat(image?.pullSecrets, v.imagePullSecrets));
  if (v.imagePullSecret?.create && v.imagePullSecret?.automaticReferenceInjection) {
    list = uniq([...list, ctx.names.imagePullSecret]);
  }
  if (list.length === 0) return undefined;
  return list.map((x) => (typeof x === 'string' ? { name: x } : x));
}

/** `jupyterhub.coreAffinity` */
export function coreAffinity(ctx: Ctx): Any | undefined {
  const purpose = ctx.v.scheduling?.corePods?.nodeAffinity?.matchNodePurpose;
  const expr = [{ key: 'hub.jupyter.org/node-purpose', operator: 'In', values: ['core'] }];
  if (purpose === 'require') {
    return { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: expr }] } } };
  }
  if (purpose === 'prefer') {
    return {
      nodeAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, preference: { matchExpressions: expr } }],
      },
    };
  }
  return undefined;
}

const PRIVATE_CIDRS = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];

/** `jupyterhub.networkPolicy.renderEgressRules` */
export function egressRules(ctx: Ctx, netpol: Any): Any[] {
  const rules = netpol?.egressAllowRules ?? {};
  const metadata = plainText(`${goStr(ctx.v.singleuser?.cloudMetadata?.ip)}/32`);
  const out: Any[] = [];
  if (truthy(rules.dnsPortsCloudMetadataServer) || truthy(rules.dnsPortsKubeSystemNamespace) || truthy(rules.dnsPortsPrivateIPs)) {
    const to: Any[] = [];
    if (truthy(rules.dnsPortsCloudMetadataServer)) to.push({ ipBlock: { cidr: metadata } });
    if (truthy(rules.dnsPortsKubeSystemNamespace)) {
      to.push({ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } } });
    }
    if (truthy(rules.dnsPortsPrivateIPs)) for (const cidr of PRIVATE_CIDRS) to.push({ ipBlock: { cidr } });
    out.push({
      ports: [
        { port: 53, protocol: 'UDP' },
        { port: 53, protocol: 'TCP' },
      ],
      to,
    });
  }
  if (truthy(rules.nonPrivateIPs)) {
    out.push({ to: [{ ipBlock: { cidr: '0.0.0.0/0', except: [...PRIVATE_CIDRS, metadata] } }] });
  }
  if (truthy(rules.privateIPs)) out.push({ to: PRIVATE_CIDRS.map((cidr) => ({ ipBlock: { cidr } })) });
  if (truthy(rules.cloudMetadataServer)) out.push({ to: [{ ipBlock: { cidr: metadata } }] });
  if (truthy(netpol?.egress)) out.push(...items(netpol.egress));
  return out;
}

/** The common ingress rules of the chart's NetworkPolicies: open ports, then one rule per access label, then the user's. */
export function netpolIngress(netpol: Any, rules: [ports: Any[], accessLabel: string][]): Any[] {
  const out: Any[] = [];
  if (truthy(netpol?.allowedIngressPorts)) {
    out.push({ ports: items(netpol.allowedIngressPorts).map((p) => ({ port: plain(p) })) });
  }
  const accept = netpol?.interNamespaceAccessLabels === 'accept';
  for (const [ports, accessLabel] of rules) {
    const from: Any[] = [{ podSelector: { matchLabels: { [accessLabel]: 'true' } } }];
    if (accept) {
      from[0].namespaceSelector = { matchLabels: {} };
      from.push({ namespaceSelector: { matchLabels: { [accessLabel]: 'true' } } });
    }
    out.push({ ports, from });
  }
  if (truthy(netpol?.ingress)) out.push(...items(netpol.ingress));
  return out;
}

/** `tpl` for the strings the chart passes through it: `{{ .Release.* }}` and `{{ .Values.* }}`. */
export function tpl(ctx: Ctx, s: Any): Any {
  if (typeof s !== 'string' || !s.includes('{{')) return s;
  return s.replace(/\{\{-?\s*([^}]*?)\s*-?\}\}/g, (whole, expr: string) => {
    const m = /^\$?\.(Release|Values)((?:\.[A-Za-z_][\w-]*)+)$/.exec(expr.trim());
    if (!m) return whole;
    const path = m[2]!.slice(1).split('.');
    if (m[1] === 'Release') {
      const r: Record<string, string> = { Name: ctx.release, Namespace: ctx.namespace, Service: 'Helm' };
      return path.length === 1 ? (r[path[0]!] ?? '') : '';
    }
    let node: Any = ctx.v;
    for (const p of path) node = isMap(node) ? node[p] : undefined;
    return goStr(node);
  });
}

/** `image: {{ name }}:{{ tag }}` */
export function imageRef(image: Any): Any {
  return plainText(`${goStr(image?.name)}:${goStr(image?.tag)}`);
}
