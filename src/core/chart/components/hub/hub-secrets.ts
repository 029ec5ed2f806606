import { b64enc } from '../../go/base64.ts';
import { goStr } from '../../go/go-yaml.ts';
import { randAlphaNum, randHex } from '../../random.ts';
import type { Ctx } from '../../ctx.ts';
import { shallowEqual } from '../../incremental/stable.ts';
import { isMap, truthy, type Any } from '../../values.ts';

/** The generated-or-configured secrets of Secret `hub` (templates/hub/_helpers-passwords.tpl). */
export interface HubSecrets {
  authToken: string;
  cookieSecret: string;
  cryptKeeperKeys: string;
  serviceTokens: Record<string, string>;
}

/** `dig` (sprig): the value at `path`, or "" when a step is missing. */
function dig(obj: Any, ...path: string[]): Any {
  let node = obj;
  for (const p of path) {
    if (!isMap(node) || !Object.hasOwn(node, p)) return '';
    node = node[p];
  }
  return node;
}

/**
 * The secrets Secret hub holds: each one configured (in hub.config or its older place), or
 * generated from ctx.randomBytes the way the chart's helpers generate it, in their order.
 */
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

/** The generated secrets are the same (render-chart hands out the last object while they are). */
export function sameHubSecrets(a: HubSecrets, b: HubSecrets): boolean {
  return (
    a.authToken === b.authToken &&
    a.cookieSecret === b.cookieSecret &&
    a.cryptKeeperKeys === b.cryptKeeperKeys &&
    shallowEqual(a.serviceTokens, b.serviceTokens)
  );
}

/** The base64 of the generated (or configured) secrets, as Secret hub's data lists them. */
export function encodeHubSecrets(secrets: HubSecrets): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(secrets.serviceTokens)) out[`hub.services.${key}.apiToken`] = b64enc(secrets.serviceTokens[key]!);
  out['hub.config.ConfigurableHTTPProxy.auth_token'] = b64enc(secrets.authToken);
  out['hub.config.JupyterHub.cookie_secret'] = b64enc(secrets.cookieSecret);
  out['hub.config.CryptKeeper.keys'] = b64enc(secrets.cryptKeeperKeys);
  return out;
}
