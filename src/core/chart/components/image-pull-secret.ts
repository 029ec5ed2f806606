import { b64enc } from '../go/base64.ts';
import { goStr } from '../go/go-yaml.ts';
import { labels, type Ctx } from '../ctx.ts';
import { doc, type Doc } from '../doc.ts';
import { truthy, type Any } from '../values.ts';

/** Go's strconv.Quote (sprig `quote`) for the text helm writes into JSON. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (cp >= 0x20 && cp < 0x7f) out += ch;
    else if (cp === 0x07) out += '\\a';
    else if (cp === 0x08) out += '\\b';
    else if (cp === 0x0c) out += '\\f';
    else if (cp === 0x0a) out += '\\n';
    else if (cp === 0x0d) out += '\\r';
    else if (cp === 0x09) out += '\\t';
    else if (cp === 0x0b) out += '\\v';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (/[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch) || cp === 0x20) out += ch;
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + '"';
}

/** templates/image-pull-secret.yaml */
export function imagePullSecretDoc(ctx: Ctx): Doc | undefined {
  const ips = ctx.v.imagePullSecret ?? {};
  if (!truthy(ips.create)) return undefined;
  const registry = truthy(ips.registry) ? goStr(ips.registry) : 'https://index.docker.io/v1/';
  const sprint = (x: Any) => (x === null || x === undefined ? '<nil>' : goStr(x));
  let json = '{\n  "auths": {\n';
  json += `    ${goQuote(registry)}: {\n`;
  json += `      "username": ${goQuote(goStr(ips.username))},\n`;
  json += `      "password": ${goQuote(goStr(ips.password))},\n`;
  if (truthy(ips.email)) json += `      "email": ${goQuote(goStr(ips.email))},\n`;
  json += `      "auth": ${goQuote(b64enc(`${sprint(ips.username)}:${sprint(ips.password)}`))}\n`;
  json += '    }\n  }\n}';
  return doc('image-pull-secret.yaml', 'image-pull-secret', {
    kind: 'Secret',
    apiVersion: 'v1',
    metadata: {
      name: ctx.names.imagePullSecret,
      labels: labels(ctx, 'image-pull-secret'),
      annotations: {
        'helm.sh/hook': 'pre-install,pre-upgrade',
        'helm.sh/hook-delete-policy': 'before-hook-creation',
        'helm.sh/hook-weight': '-20',
      },
    },
    type: 'kubernetes.io/dockerconfigjson',
    data: { '.dockerconfigjson': b64enc(json) },
  });
}
