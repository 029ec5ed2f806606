import { truthy } from '../../../values/shape.ts';
import { isObject } from '../../../model/json.ts';
import type { UpgradeEditor } from '../editor.ts';

/** Chart flags 4.4.0 sets on configurable-http-proxy itself; the rest of an old `chp.cmd` is kept. */
const CHP_OWN_FLAGS = ['--ip', '--port', '--api-ip', '--api-port', '--default-target', '--error-target'];

/** The proxy pod's own settings moved under proxy.chp (1.0.0); proxy.chp.cmd became extraCommandLineFlags. */
export function proxyMoves(u: UpgradeEditor): void {
  const proxy = u.get(['proxy']);
  if (!isObject(proxy)) return;
  for (const key of ['networkPolicy', 'pdb', 'containerSecurityContext', 'nodeSelector', 'tolerations', 'resources', 'extraEnv']) {
    if (proxy[key] === undefined) continue;
    if (key === 'resources' || key === 'extraEnv') continue; // proxy.chp.* already; these never sat on proxy in a form we can tell apart
    u.move(['proxy', key], ['proxy', 'chp', key], `proxy.${key} moved to proxy.chp.${key} in chart 1.0.0 (the proxy pod's own settings sit under proxy.chp).`);
  }
  const cmd = u.get(['proxy', 'chp', 'cmd']);
  if (cmd !== undefined) {
    u.del(['proxy', 'chp', 'cmd']);
    const flags = Array.isArray(cmd)
      ? cmd.filter((a): a is string => typeof a === 'string' && a.startsWith('--') && !CHP_OWN_FLAGS.includes(a.split('=')[0]!))
      : [];
    if (flags.length > 0 && !u.has(['proxy', 'chp', 'extraCommandLineFlags'])) u.set(['proxy', 'chp', 'extraCommandLineFlags'], flags);
    u.note({
      path: 'proxy.chp.cmd',
      ...(flags.length ? { to: 'proxy.chp.extraCommandLineFlags', after: flags } : {}),
      before: cmd,
      why:
        'proxy.chp.cmd was removed: the chart writes the configurable-http-proxy command itself (addresses, ports and targets). ' +
        (flags.length ? 'The other flags are kept in proxy.chp.extraCommandLineFlags.' : 'No other flags were set.'),
    });
  }
  const pdb = u.get(['proxy', 'chp', 'pdb']);
  if (isObject(pdb) && pdb['minAvailable'] !== undefined && pdb['enabled'] === undefined) {
    // 0.x proxy.pdb had only minAvailable; 4.4.0 needs it said whether the PDB is wanted.
  }
}

/** proxy.https was on by default before 0.10: an old config that set it up without `enabled` meant it on. */
export function proxyHttpsDefault(u: UpgradeEditor): void {
  if (!u.pre010) return;
  const https = u.get(['proxy', 'https']);
  if (!isObject(https) || https['enabled'] !== undefined) return;
  if (https['hosts'] === undefined && https['letsencrypt'] === undefined && https['type'] === undefined) return;
  if (truthy(u.get(['ingress', 'enabled']))) {
    // beside an Ingress the chart's own HTTPS makes browsers loop: the Ingress keeps the TLS
    u.set(['proxy', 'https', 'enabled'], false);
    u.note({
      path: 'proxy.https.enabled',
      after: false,
      why:
        'proxy.https was on by default before chart 0.10 and is off by default now. This config also enables an Ingress, and the ' +
        "chart's own HTTPS behind an Ingress makes browsers loop, so it stays off: the Ingress serves HTTPS (cert-manager or ingress.tls).",
    });
    return;
  }
  u.set(['proxy', 'https', 'enabled'], true);
  u.note({ path: 'proxy.https.enabled', after: true, why: 'proxy.https was on by default before chart 0.10 and is off by default now; this old config relied on it, so it is turned on.' });
}
