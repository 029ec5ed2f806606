import { chartDefaults } from '../model/chart-defaults.ts';
import { deepEqual, formatPath, isObject, type Json, type JsonObject, type Path } from '../model/json.ts';
import { getIn } from '../model/paths.ts';
import schemaJson from '../data/values.schema.structure.json' with { type: 'json' };

/** One thing the upgrade did to an old config, in words for the admin. */
export interface UpgradeChange {
  /** where the old setting was: `singleuser.schedulerStrategy` */
  path: string;
  /** the new place, when the setting moved or was renamed */
  to?: string;
  before?: Json;
  after?: Json;
  why: string;
}

/** A subtree that moved as a whole: the download moves its text (and comments) along with it. */
export interface UpgradeMove {
  from: Path;
  to: Path;
}

export interface UpgradeResult {
  values: JsonObject;
  changes: UpgradeChange[];
  /** moves, in the order they were made; `from` and `to` are paths in the values */
  moves: UpgradeMove[];
  /** the cert-manager ClusterIssuer the upgraded Ingress now names, when the upgrade set one */
  issuerName?: string;
  /** advice about settings that still work in 4.4.0 but are outdated (nothing was changed for them) */
  advice: string[];
}

/** The ClusterIssuer name used when an old config asked for certificates without naming one. */
export const DEFAULT_CLUSTER_ISSUER = 'letsencrypt-prod';

/**
 * Brings values written for an old chart (0.x – 3.x) to what chart 4.4.0 accepts: every setting
 * that moved goes to its new place, every one that is gone is removed with a word on what to do
 * instead, and values of the wrong type are converted. Values that are already valid come back
 * unchanged (the same object) with no changes.
 */
export function upgradeValues(values: JsonObject): UpgradeResult {
  const u = new Upgrader(structuredClone(values));
  u.run();
  if (u.changes.length === 0) return { values, changes: [], moves: [], advice: u.advice };
  return { values: u.values, changes: u.changes, moves: u.moves, advice: u.advice, ...(u.issuerName ? { issuerName: u.issuerName } : {}) };
}

type Mutable = JsonObject;

/** 0.x `auth.type` → 4.4.0 authenticator_class and the class whose section takes its settings. */
const AUTH_TYPES: Record<string, { entry: string; section: string; oauth?: boolean }> = {
  github: { entry: 'github', section: 'GitHubOAuthenticator', oauth: true },
  google: { entry: 'google', section: 'GoogleOAuthenticator', oauth: true },
  gitlab: { entry: 'gitlab', section: 'GitLabOAuthenticator', oauth: true },
  cilogon: { entry: 'cilogon', section: 'CILogonOAuthenticator', oauth: true },
  globus: { entry: 'globus', section: 'GlobusOAuthenticator', oauth: true },
  azuread: { entry: 'azuread', section: 'AzureAdOAuthenticator', oauth: true },
  mediawiki: { entry: 'mediawiki', section: 'MWOAuthenticator', oauth: true },
  generic: { entry: 'generic-oauth', section: 'GenericOAuthenticator', oauth: true },
  ldap: { entry: 'ldapauthenticator.LDAPAuthenticator', section: 'LDAPAuthenticator' },
  lti: { entry: 'ltiauthenticator.LTIAuthenticator', section: 'LTIAuthenticator' },
  tmp: { entry: 'tmpauthenticator.TmpAuthenticator', section: 'TmpAuthenticator' },
  dummy: { entry: 'dummy', section: 'DummyAuthenticator' },
};

/** Old camelCase provider settings → the authenticator's own trait names. */
const AUTH_TRAITS: Record<string, string> = {
  clientId: 'client_id',
  clientSecret: 'client_secret',
  callbackUrl: 'oauth_callback_url',
  orgWhitelist: 'allowed_organizations',
  org_whitelist: 'allowed_organizations',
  hostedDomain: 'hosted_domain',
  loginService: 'login_service',
  gitlabUrl: 'gitlab_url',
  gitlabGroupWhitelist: 'allowed_gitlab_groups',
  gitlabProjectIdWhitelist: 'allowed_project_ids',
  tenantId: 'tenant_id',
  usernameClaim: 'username_claim',
  teamWhitelist: 'allowed_organizations',
  scopes: 'scope',
  password: 'password',
};

/** Chart flags 4.4.0 sets on configurable-http-proxy itself; the rest of an old `chp.cmd` is kept. */
const CHP_OWN_FLAGS = ['--ip', '--port', '--api-ip', '--api-port', '--default-target', '--error-target'];

class Upgrader {
  changes: UpgradeChange[] = [];
  moves: UpgradeMove[] = [];
  advice: string[] = [];
  /** a marker of a chart older than 0.10 (when proxy.https stopped being on by default) */
  private pre010 = false;

  constructor(public values: Mutable) {}

  run(): void {
    this.extraConfigString();
    this.extraConfigMap();
    this.schedulerStrategy();
    this.ingressHttps();
    this.ingressAnnotations();
    this.auth();
    this.prePuller();
    this.proxyMoves();
    this.hubMisc();
    this.singleuserMisc();
    this.small();
    this.proxyHttpsDefault();
    this.schemaPass();
    this.tlsAcme();
  }

  // ---- helpers -------------------------------------------------------------------------------

  private get(path: Path): Json | undefined {
    return getIn(this.values, path);
  }

  private has(path: Path): boolean {
    return this.get(path) !== undefined;
  }

  /** Sets a value, creating maps on the way (replacing non-maps in the way). */
  private set(path: Path, value: Json): void {
    let node: Mutable = this.values;
    for (let i = 0; i < path.length - 1; i++) {
      const step = String(path[i]);
      if (!isObject(node[step])) node[step] = {};
      node = node[step] as Mutable;
    }
    node[String(path[path.length - 1])] = value;
  }

  /** Removes a value; maps left empty by the removal go too. */
  private del(path: Path): void {
    const parents: Mutable[] = [];
    let node: Json | undefined = this.values;
    for (let i = 0; i < path.length - 1; i++) {
      if (!isObject(node)) return;
      parents.push(node);
      node = node[String(path[i])];
    }
    if (!isObject(node)) return;
    delete node[String(path[path.length - 1])];
    for (let i = path.length - 2; i >= 0; i--) {
      const child = parents[i]![String(path[i])];
      if (isObject(child) && Object.keys(child).length === 0) delete parents[i]![String(path[i])];
      else break;
    }
  }

  private note(change: UpgradeChange): void {
    this.changes.push(change);
  }

  /** Moves a subtree to a new place (merging into a map already there, the existing keys winning). */
  private move(from: Path, to: Path, why: string): void {
    const value = this.get(from);
    if (value === undefined) return;
    const existing = this.get(to);
    if (existing === undefined) {
      this.del(from);
      this.set(to, value);
      this.moves.push({ from, to });
      this.note({ path: formatPath(from), to: formatPath(to), before: value, after: value, why });
      return;
    }
    if (isObject(existing) && isObject(value)) {
      for (const key of Object.keys(value)) {
        if (existing[key] === undefined) this.move([...from, key], [...to, key], why);
        else {
          this.note({
            path: formatPath([...from, key]),
            before: value[key]!,
            why: `${why} ${formatPath([...to, key])} is already set, so that value is kept and this one removed.`,
          });
          this.del([...from, key]);
        }
      }
      this.del(from);
      return;
    }
    this.del(from);
    this.note({
      path: formatPath(from),
      before: value,
      why: `${why} ${formatPath(to)} is already set, so that value is kept and this one removed.`,
    });
  }

  /** Sets `to` from an old setting unless the admin already set it; a value equal to the default is just dropped. */
  private replace(from: Path, to: Path, after: Json, why: string): void {
    const before = this.get(from);
    if (before === undefined) return;
    this.del(from);
    if (this.has(to)) {
      this.note({ path: formatPath(from), before, why: `${why} ${formatPath(to)} is already set and is kept.` });
    } else if (deepEqual(after, getIn(chartDefaults, to))) {
      this.note({ path: formatPath(from), to: formatPath(to), before, after, why: `${why} That is 4.4.0's default, so nothing needs to be set.` });
    } else {
      this.set(to, after);
      this.note({ path: formatPath(from), to: formatPath(to), before, after, why });
    }
  }

  private remove(path: Path, why: string): void {
    const before = this.get(path);
    if (before === undefined) return;
    this.del(path);
    this.note({ path: formatPath(path), before, why });
  }

  // ---- rules ---------------------------------------------------------------------------------

  private extraConfigString(): void {
    const extra = this.get(['hub', 'extraConfig']);
    if (typeof extra !== 'string') return;
    this.pre010 = true;
    const to = ['hub', 'extraConfig', '00-legacy'];
    this.del(['hub', 'extraConfig']);
    this.set(to, extra);
    this.moves.push({ from: ['hub', 'extraConfig'], to });
    this.note({
      path: 'hub.extraConfig',
      to: formatPath(to),
      before: extra,
      after: { '00-legacy': extra },
      why:
        'hub.extraConfig must be a map of named Python snippets since chart 1.0.0 (a single string was deprecated in 0.6). ' +
        'The snippet keeps running as "00-legacy"; snippets run in the sorted order of their names.',
    });
  }

  private extraConfigMap(): void {
    const map = this.get(['hub', 'extraConfigMap']);
    if (map === undefined) return;
    this.pre010 = true;
    const why =
      'hub.extraConfigMap was renamed to custom in chart 0.8 and removed in 2.0.0. Python reading it with ' +
      'z2jh.get_config("custom.<key>") keeps working.';
    if (isObject(map)) this.move(['hub', 'extraConfigMap'], ['custom'], why);
    else this.remove(['hub', 'extraConfigMap'], `${why} It was not a map, so it could not be moved.`);
    this.rewriteConfigReads();
  }

  /** `get_config('hub.extraConfigMap.x')` in extraConfig snippets → `get_config('custom.x')`. */
  private rewriteConfigReads(): void {
    const extra = this.get(['hub', 'extraConfig']);
    if (!isObject(extra)) return;
    for (const [name, code] of Object.entries(extra)) {
      if (typeof code !== 'string') continue;
      const rewritten = code.replace(/(get_config\(\s*["'])hub\.extraConfigMap\./g, '$1custom.');
      if (rewritten !== code) {
        this.set(['hub', 'extraConfig', name], rewritten);
        this.note({
          path: formatPath(['hub', 'extraConfig', name]),
          before: code,
          after: rewritten,
          why: 'The snippet read hub.extraConfigMap.*, which is now custom.*; the reads were changed to match.',
        });
      }
      if (/\/etc\/jupyterhub\/config\/custom\./.test(rewritten)) {
        this.note({
          path: formatPath(['hub', 'extraConfig', name]),
          why:
            'The snippet opens /etc/jupyterhub/config/custom.* files, which chart 4.4.0 no longer mounts. ' +
            'Read the same values with z2jh.get_config("custom.<key>") instead (not changed automatically).',
        });
      }
    }
  }

  private schedulerStrategy(): void {
    const strategy = this.get(['singleuser', 'schedulerStrategy']);
    if (strategy === undefined) return;
    this.pre010 = true;
    const why =
      'singleuser.schedulerStrategy was removed (a no-op since 0.8.0, a schema error since 1.0.0). ' +
      'Packing users onto few nodes is now the job of scheduling.userScheduler';
    if (strategy === 'pack' || strategy === 'spread') {
      const enabled = strategy === 'pack';
      const to = ['scheduling', 'userScheduler', 'enabled'];
      this.del(['singleuser', 'schedulerStrategy']);
      if (this.has(to)) {
        this.note({ path: 'singleuser.schedulerStrategy', before: strategy, why: `${why}, and scheduling.userScheduler.enabled is already set.` });
      } else {
        this.set(to, enabled);
        this.note({
          path: 'singleuser.schedulerStrategy',
          to: formatPath(to),
          before: strategy,
          after: enabled,
          why: `${why}: "${strategy}" becomes ${enabled ? 'an enabled user scheduler (packs users, 4.4.0\'s default)' : 'a disabled user scheduler (the default Kubernetes scheduler spreads pods)'}.`,
        });
      }
    } else {
      this.remove(['singleuser', 'schedulerStrategy'], `${why}.`);
    }
  }

  /** 0.x `ingress.https` (kube-lego): certificates now come from cert-manager through an annotation. */
  private ingressHttps(): void {
    const https = this.get(['ingress', 'https']);
    if (https === undefined) return;
    this.pre010 = true;
    this.del(['ingress', 'https']);
    const wanted = isObject(https) && https['enabled'] === true;
    this.note({
      path: 'ingress.https',
      before: https,
      why:
        'ingress.https (kube-lego) was removed in chart 0.9. ' +
        (wanted
          ? 'Certificates for the Ingress now come from cert-manager: the cert-manager.io/cluster-issuer annotation is set below, and ingress.tls must list the hosts and a secretName.'
          : 'It was not enabled, so nothing replaces it.'),
    });
    if (wanted) {
      this.ensureIssuer(DEFAULT_CLUSTER_ISSUER, 'ingress.https');
      const hosts = this.get(['ingress', 'hosts']);
      if (Array.isArray(hosts) && hosts.length > 0 && !this.has(['ingress', 'tls'])) {
        const tls = [{ hosts, secretName: 'jupyterhub-tls' }];
        this.set(['ingress', 'tls'], tls);
        this.note({
          path: 'ingress.tls',
          after: tls,
          why: 'The old chart derived the TLS section from ingress.hosts; 4.4.0 does not, so it is written out. cert-manager stores the certificate in Secret jupyterhub-tls.',
        });
      }
    }
  }

  /** Issuer name picked for cert-manager, for the wizard's ClusterIssuer. */
  issuerName: string | undefined;
  /** the issuer an old certmanager.k8s.io annotation named */
  private pendingIssuer: string | undefined;

  /**
   * `kubernetes.io/tls-acme: "true"` still works with cert-manager when its ingress-shim has a
   * default issuer, so a config that is otherwise current keeps it (with a word of advice); in an
   * old config it meant kube-lego, and is replaced by a named ClusterIssuer.
   */
  private tlsAcme(): void {
    const annotations = this.get(['ingress', 'annotations']);
    if (!isObject(annotations)) return;
    const acme = annotations['kubernetes.io/tls-acme'];
    if (acme === undefined) return;
    const on = acme === true || String(acme).toLowerCase() === 'true';
    if (this.changes.length === 0) {
      if (on) {
        this.advice.push(
          'ingress.annotations has kubernetes.io/tls-acme: "true", which gets a certificate only if cert-manager was installed with a default issuer ' +
            '(ingress-shim.defaultIssuerName). Naming the issuer with cert-manager.io/cluster-issuer is clearer; the file was left as it is.',
        );
      }
      return;
    }
    const issuer = this.pendingIssuer;
    {
      const on = acme === true || String(acme).toLowerCase() === 'true';
      this.del(['ingress', 'annotations', 'kubernetes.io/tls-acme']);
      this.note({
        path: 'ingress.annotations["kubernetes.io/tls-acme"]',
        before: acme,
        why: on
          ? 'kubernetes.io/tls-acme asked kube-lego (or cert-manager\'s default issuer) for a certificate; kube-lego is long gone, so cert-manager is asked explicitly through a named ClusterIssuer.'
          : 'kubernetes.io/tls-acme was off; the annotation is dropped.',
      });
      if (on) this.ensureIssuer(issuer ?? DEFAULT_CLUSTER_ISSUER, 'kubernetes.io/tls-acme');
    }
  }


  private ensureIssuer(name: string, source: string): void {
    const annotations = this.get(['ingress', 'annotations']);
    const current = isObject(annotations)
      ? (annotations['cert-manager.io/cluster-issuer'] ?? annotations['cert-manager.io/issuer'])
      : undefined;
    if (current !== undefined) return;
    this.set(['ingress', 'annotations', 'cert-manager.io/cluster-issuer'], name);
    this.issuerName = name;
    this.note({
      path: 'ingress.annotations["cert-manager.io/cluster-issuer"]',
      after: name,
      why:
        `Replaces ${source}: cert-manager issues the Ingress certificate through ClusterIssuer "${name}", which must exist in the cluster ` +
        '(the wizard shows a matching ClusterIssuer to apply, and cert-manager must be installed).',
    });
  }

  private ingressAnnotations(): void {
    const annotations = this.get(['ingress', 'annotations']);
    if (!isObject(annotations)) return;
    let issuer: string | undefined;
    let issuerKind: 'cluster-issuer' | 'issuer' = 'cluster-issuer';
    for (const [key, value] of Object.entries(annotations)) {
      if (!key.startsWith('certmanager.k8s.io/')) continue;
      const name = key.slice('certmanager.k8s.io/'.length);
      const path = ['ingress', 'annotations', key];
      if (name === 'cluster-issuer' || name === 'issuer') {
        issuer = String(value);
        issuerKind = name;
        this.del(path);
        const to = ['ingress', 'annotations', `cert-manager.io/${name}`];
        if (this.has(to)) {
          this.note({ path: formatPath(path), before: value, why: `The certmanager.k8s.io API group was renamed cert-manager.io in cert-manager 0.11; ${formatPath(to)} is already set.` });
        } else {
          this.set(to, issuer);
          this.note({
            path: formatPath(path),
            to: formatPath(to),
            before: value,
            after: issuer,
            why:
              `cert-manager renamed its annotations in 0.11 (certmanager.k8s.io → cert-manager.io); current cert-manager ignores the old one. ` +
              `${name === 'issuer' ? 'Issuer' : 'ClusterIssuer'} "${issuer}" must exist (the wizard shows a matching one).`,
          });
          if (name === 'cluster-issuer') this.issuerName = issuer;
        }
      } else if (name === 'acme-http01-edit-in-place') {
        this.del(path);
        this.set(['ingress', 'annotations', 'acme.cert-manager.io/http01-edit-in-place'], String(value));
        this.note({
          path: formatPath(path),
          to: 'ingress.annotations["acme.cert-manager.io/http01-edit-in-place"]',
          before: value,
          after: String(value),
          why: 'cert-manager renamed this annotation in 0.11.',
        });
      } else {
        this.remove(path, 'An old cert-manager (certmanager.k8s.io) annotation that current cert-manager ignores; solver settings now live in the ClusterIssuer.');
      }
    }
    if (issuer) this.pendingIssuer = issuer;
    void issuerKind;
  }

  private auth(): void {
    const auth = this.get(['auth']);
    if (auth === undefined) return;
    if (!isObject(auth)) {
      this.remove(['auth'], 'auth was removed in chart 1.0.0; authentication is configured under hub.config.');
      return;
    }
    const moveWhy = (what: string) => `auth.* was removed in chart 1.0.0; ${what} is now configured under hub.config (JupyterHub's own settings).`;
    const type = typeof auth['type'] === 'string' ? auth['type'] : undefined;
    let section: string | undefined;
    let oauth = false;
    if (type !== undefined) {
      const known = AUTH_TYPES[type];
      const custom = isObject(auth['custom']) ? auth['custom'] : undefined;
      if (known) {
        section = known.section;
        oauth = known.oauth ?? false;
        this.replace(['auth', 'type'], ['hub', 'config', 'JupyterHub', 'authenticator_class'], known.entry, moveWhy('the authenticator'));
      } else if (type === 'custom' && custom && typeof custom['className'] === 'string') {
        const className = custom['className'];
        section = className.split('.').pop();
        this.replace(['auth', 'type'], ['hub', 'config', 'JupyterHub', 'authenticator_class'], className, moveWhy('the authenticator'));
        this.del(['auth', 'custom', 'className']);
        if (isObject(custom['config']) && section) this.move(['auth', 'custom', 'config'], ['hub', 'config', section], moveWhy('the custom authenticator\'s settings'));
      } else {
        this.remove(
          ['auth', 'type'],
          `auth.type was removed in chart 1.0.0 and "${type}" has no direct equivalent: set hub.config.JupyterHub.authenticator_class to your authenticator class ` +
            '(and its settings under hub.config.<ClassName>). Until then the hub uses the chart default (dummy: any user, any password in 4.4.0 requires hub.config.DummyAuthenticator.password).',
        );
      }
    }
    // Provider sections (auth.github, auth.google …): take the section of the type if known.
    for (const [provider, spec] of Object.entries(AUTH_TYPES)) {
      const block = auth[provider];
      if (!isObject(block)) continue;
      for (const [key, value] of Object.entries(block)) {
        const trait = AUTH_TRAITS[key] ?? camelToSnake(key);
        const guessed = !(key in AUTH_TRAITS);
        const newValue = trait === 'hosted_domain' && typeof value === 'string' ? [value] : value;
        const to = ['hub', 'config', spec.section, trait];
        const why =
          moveWhy(`the ${provider} setting ${key}`) +
          (guessed ? ` The new name ${trait} is guessed from the old one: check it against the authenticator's documentation.` : '');
        if (deepEqual(newValue, value) && !this.has(to)) this.move(['auth', provider, key], to, why);
        else this.replace(['auth', provider, key], to, newValue, why);
      }
      if (!section && provider === type) section = spec.section;
    }
    const sectionOr = section ?? 'Authenticator';
    if (this.has(['auth', 'scopes'])) this.move(['auth', 'scopes'], ['hub', 'config', sectionOr === 'Authenticator' ? 'OAuthenticator' : sectionOr, 'scope'], moveWhy('the OAuth scopes'));
    if (this.has(['auth', 'admin', 'users'])) this.move(['auth', 'admin', 'users'], ['hub', 'config', 'Authenticator', 'admin_users'], moveWhy('the list of admins'));
    const access = this.get(['auth', 'admin', 'access']);
    if (access !== undefined) this.replace(['auth', 'admin', 'access'], ['hub', 'config', 'JupyterHub', 'admin_access'], access, moveWhy('admin access to user servers'));
    for (const listKey of ['whitelist', 'allowlist', 'allowedUsers']) {
      if (this.has(['auth', listKey, 'users'])) {
        this.move(['auth', listKey, 'users'], ['hub', 'config', 'Authenticator', 'allowed_users'], moveWhy('the list of allowed users (whitelist → allowed_users)'));
      }
    }
    const stateEnabled = this.get(['auth', 'state', 'enabled']);
    if (stateEnabled !== undefined) this.replace(['auth', 'state', 'enabled'], ['hub', 'config', 'Authenticator', 'enable_auth_state'], stateEnabled, moveWhy('auth state'));
    const cryptoKey = this.get(['auth', 'state', 'cryptoKey']);
    if (typeof cryptoKey === 'string') this.replace(['auth', 'state', 'cryptoKey'], ['hub', 'config', 'CryptKeeper', 'keys'], [cryptoKey], moveWhy('the auth state key'));
    const rest = this.get(['auth']);
    if (rest !== undefined) this.remove(['auth'], 'auth was removed in chart 1.0.0 and these settings have no direct equivalent: configure them under hub.config.<AuthenticatorClass>.');
    if (oauth) {
      const config = this.get(['hub', 'config']);
      const allows = isObject(config) && Object.values(config).some((s) => isObject(s) && ['allowed_users', 'allowed_organizations', 'allow_all', 'allowed_gitlab_groups', 'allowed_domains', 'allowed_teams'].some((k) => k in s));
      if (!allows) {
        this.note({
          path: 'hub.config',
          why:
            'OAuthenticator 16 (in chart 3.0+) lets nobody in by default: set allowed_users, allowed_organizations (GitHub) or ' +
            `hub.config.${sectionOr}.allow_all: true to say who may log in; the old chart let every account of the provider in.`,
        });
      }
    }
  }

  private prePuller(): void {
    const pp = this.get(['prePuller']);
    if (!isObject(pp)) return;
    if (pp['enabled'] !== undefined) {
      const enabled = pp['enabled'];
      this.del(['prePuller', 'enabled']);
      if (enabled === false) {
        for (const part of ['hook', 'continuous']) if (!this.has(['prePuller', part, 'enabled'])) this.set(['prePuller', part, 'enabled'], false);
        this.note({ path: 'prePuller.enabled', to: 'prePuller.hook.enabled, prePuller.continuous.enabled', before: false, after: false, why: 'prePuller.enabled was split into prePuller.hook.enabled and prePuller.continuous.enabled; both are turned off.' });
      } else {
        this.note({ path: 'prePuller.enabled', before: enabled, why: 'prePuller.enabled was split into prePuller.hook.enabled and prePuller.continuous.enabled, both on by default.' });
      }
    }
    if (isObject(pp['hook']) && pp['hook']['extraEnv'] !== undefined) {
      this.remove(['prePuller', 'hook', 'extraEnv'], 'prePuller.hook.extraEnv was removed; the image awaiter takes no extra environment in 4.4.0.');
    }
    const extra = pp['extraImages'];
    if (Array.isArray(extra)) {
      this.pre010 = true;
      const map: JsonObject = {};
      const dropped: Json[] = [];
      for (const image of extra) {
        if (!isObject(image) || typeof image['name'] !== 'string') {
          dropped.push(image);
          continue;
        }
        const base = dnsLabel(image['name'].split('/').pop()!.split(':')[0]!) || 'image';
        let key = base;
        for (let i = 2; key in map; i++) key = `${base}-${i}`;
        const entry: JsonObject = { name: image['name'], tag: image['tag'] === undefined ? 'latest' : String(image['tag']) };
        if (image['pullPolicy'] !== undefined) entry['pullPolicy'] = image['pullPolicy'];
        map[key] = entry;
      }
      if (Object.keys(map).length > 0) this.set(['prePuller', 'extraImages'], map);
      else this.del(['prePuller', 'extraImages']);
      this.note({
        path: 'prePuller.extraImages',
        before: extra,
        ...(Object.keys(map).length > 0 ? { after: map } : {}),
        why:
          'prePuller.extraImages is a map from a name to {name, tag} since chart 0.8 (a list is a schema error); the names are made from the image names.' +
          (dropped.length ? ' Entries without an image name were dropped.' : ''),
      });
    }
  }

  private proxyMoves(): void {
    const proxy = this.get(['proxy']);
    if (!isObject(proxy)) return;
    for (const key of ['networkPolicy', 'pdb', 'containerSecurityContext', 'nodeSelector', 'tolerations', 'resources', 'extraEnv']) {
      if (proxy[key] === undefined) continue;
      if (key === 'resources' || key === 'extraEnv') continue; // proxy.chp.* already; these never sat on proxy in a form we can tell apart
      this.move(['proxy', key], ['proxy', 'chp', key], `proxy.${key} moved to proxy.chp.${key} in chart 1.0.0 (the proxy pod's own settings sit under proxy.chp).`);
    }
    const cmd = this.get(['proxy', 'chp', 'cmd']);
    if (cmd !== undefined) {
      this.del(['proxy', 'chp', 'cmd']);
      const flags = Array.isArray(cmd)
        ? cmd.filter((a): a is string => typeof a === 'string' && a.startsWith('--') && !CHP_OWN_FLAGS.includes(a.split('=')[0]!))
        : [];
      if (flags.length > 0 && !this.has(['proxy', 'chp', 'extraCommandLineFlags'])) this.set(['proxy', 'chp', 'extraCommandLineFlags'], flags);
      this.note({
        path: 'proxy.chp.cmd',
        ...(flags.length ? { to: 'proxy.chp.extraCommandLineFlags', after: flags } : {}),
        before: cmd,
        why:
          'proxy.chp.cmd was removed: the chart writes the configurable-http-proxy command itself (addresses, ports and targets). ' +
          (flags.length ? 'The other flags are kept in proxy.chp.extraCommandLineFlags.' : 'No other flags were set.'),
      });
    }
    const pdb = this.get(['proxy', 'chp', 'pdb']);
    if (isObject(pdb) && pdb['minAvailable'] !== undefined && pdb['enabled'] === undefined) {
      // 0.x proxy.pdb had only minAvailable; 4.4.0 needs it said whether the PDB is wanted.
    }
  }

  private hubMisc(): void {
    this.replace(['hub', 'imagePullPolicy'], ['hub', 'image', 'pullPolicy'], this.get(['hub', 'imagePullPolicy']) ?? null, 'hub.imagePullPolicy moved to hub.image.pullPolicy in chart 1.0.0.');
    this.replace(['singleuser', 'imagePullPolicy'], ['singleuser', 'image', 'pullPolicy'], this.get(['singleuser', 'imagePullPolicy']) ?? null, 'singleuser.imagePullPolicy moved to singleuser.image.pullPolicy.');
    this.replace(['hub', 'uid'], ['hub', 'containerSecurityContext', 'runAsUser'], this.get(['hub', 'uid']) ?? null, 'hub.uid was removed in chart 1.0.0; the hub container\'s user is hub.containerSecurityContext.runAsUser.');
    this.replace(['hub', 'fsGid'], ['hub', 'podSecurityContext', 'fsGroup'], this.get(['hub', 'fsGid']) ?? null, 'hub.fsGid must be configured via hub.podSecurityContext.fsGroup since chart 2.0.0 (Helm\'s NOTES fail otherwise).');
  }

  private singleuserMisc(): void {
    const enabled = this.get(['singleuser', 'cloudMetadata', 'enabled']);
    if (enabled !== undefined) {
      this.replace(
        ['singleuser', 'cloudMetadata', 'enabled'],
        ['singleuser', 'cloudMetadata', 'blockWithIptables'],
        !(enabled === true),
        `singleuser.cloudMetadata.enabled became blockWithIptables, with the opposite meaning: enabled: ${String(enabled)} (${enabled === true ? 'users may reach' : 'users may not reach'} the cloud metadata server) is blockWithIptables: ${String(!(enabled === true))}.`,
      );
    }
    const type = this.get(['singleuser', 'storage', 'type']);
    if (type === 'hostPath') {
      this.set(['singleuser', 'storage', 'type'], 'none');
      this.note({
        path: 'singleuser.storage.type',
        before: 'hostPath',
        after: 'none',
        why:
          'Storage type hostPath was removed. With type none the chart mounts no home volume of its own; ' +
          'mount the host directory with singleuser.storage.extraVolumes and extraVolumeMounts (a hostPath volume), as this config already does where they are set.',
      });
    }
  }

  private small(): void {
    if (this.get(['rbac', 'enabled']) !== undefined) {
      const before = this.get(['rbac', 'enabled']);
      this.remove(
        ['rbac', 'enabled'],
        'rbac.enabled was removed in chart 2.0.0 (Helm\'s NOTES fail while it is set). RBAC is always used; ' +
          (before === false
            ? 'to manage the roles yourself set rbac.create: false and hub/proxy.traefik/scheduling.userScheduler/prePuller.hook serviceAccount.create: false.'
            : 'the chart creates the roles (rbac.create, default true).'),
      );
    }
    this.remove(['version'], 'The root "version" key was a chart-internal value of 0.x; 4.4.0 rejects it. The chart version is chosen with helm --version.');
    this.remove(['cull', 'podCuller'], 'cull.podCuller was removed: the idle culler runs as a hub service since chart 0.7; set cull.timeout and cull.every instead.');
    if (this.get(['imagePullSecret', 'enabled']) !== undefined) {
      const enabled = this.get(['imagePullSecret', 'enabled']);
      this.del(['imagePullSecret', 'enabled']);
      if (enabled === true && !this.has(['imagePullSecret', 'create'])) this.set(['imagePullSecret', 'create'], true);
      this.note({ path: 'imagePullSecret.enabled', to: 'imagePullSecret.create', before: enabled, why: 'imagePullSecret.enabled was renamed imagePullSecret.create in chart 0.10.' });
    }
    for (const path of [['hub', 'extraEnv'], ['proxy', 'chp', 'extraEnv'], ['proxy', 'traefik', 'extraEnv']] as const) {
      const env = this.get(path);
      if (!isObject(env)) continue;
      for (const [key, value] of Object.entries(env)) {
        if (typeof value === 'number' || typeof value === 'boolean') {
          this.set([...path, key], String(value));
          this.note({ path: formatPath([...path, key]), before: value, after: String(value), why: `Environment variable values must be strings: 4.4.0 fails to render ${formatPath(path)} with a ${typeof value}.` });
        }
      }
    }
  }

  /** proxy.https was on by default before 0.10: an old config that set it up without `enabled` meant it on. */
  private proxyHttpsDefault(): void {
    if (!this.pre010) return;
    const https = this.get(['proxy', 'https']);
    if (!isObject(https) || https['enabled'] !== undefined) return;
    if (https['hosts'] === undefined && https['letsencrypt'] === undefined && https['type'] === undefined) return;
    this.set(['proxy', 'https', 'enabled'], true);
    this.note({ path: 'proxy.https.enabled', after: true, why: 'proxy.https was on by default before chart 0.10 and is off by default now; this old config relied on it, so it is turned on.' });
  }

  /** Whatever 4.4.0's schema still rejects: wrong scalar types converted, unknown keys removed. */
  private schemaPass(): void {
    this.values = this.fixNode(this.values, schemaJson as unknown as Schema, []) as Mutable;
  }

  private fixNode(value: Json, schema: Schema, path: Path): Json | undefined {
    if (schema.if || schema.then) return value; // conditional parts are checked by the validator, not fixed here
    const types = schema.type === undefined ? undefined : Array.isArray(schema.type) ? schema.type : [schema.type];
    if (types && !types.some((t) => matchesType(value, t))) {
      const converted = convertScalar(value, types);
      if (converted !== undefined) {
        this.note({ path: formatPath(path), before: value, after: converted, why: `4.4.0 wants a ${types.filter((t) => t !== 'null').join(' or ')} here.` });
        return converted;
      }
      this.note({ path: formatPath(path), before: value, why: `4.4.0 wants a ${types.filter((t) => t !== 'null').join(' or ')} here, so the value was removed.` });
      return undefined;
    }
    if (schema.enum && !schema.enum.some((e) => deepEqual(e, value))) {
      this.note({ path: formatPath(path), before: value, why: `Not one of the values 4.4.0 accepts (${schema.enum.filter((e) => e !== null).join(', ')}), so it was removed.` });
      return undefined;
    }
    if (!isObject(value)) return value;
    let out: JsonObject | undefined;
    for (const [key, child] of Object.entries(value)) {
      let childSchema: Schema | undefined = schema.properties?.[key];
      if (!childSchema && schema.patternProperties) {
        for (const [pattern, s] of Object.entries(schema.patternProperties)) if (new RegExp(pattern, 'u').test(key)) childSchema = s;
      }
      let fixed: Json | undefined = child;
      if (childSchema) fixed = this.fixNode(child, childSchema, [...path, key]);
      else if (schema.additionalProperties === false) {
        this.note({
          path: formatPath([...path, key]),
          before: child,
          why: `Not a setting of chart 4.4.0 (its schema rejects it${path.length ? ` under ${formatPath(path)}` : ''}), so it was removed; nothing in 4.4.0 replaces it.`,
        });
        fixed = undefined;
      }
      if (fixed !== child) {
        out ??= { ...value };
        if (fixed === undefined) delete out[key];
        else out[key] = fixed;
      }
    }
    return out ?? value;
  }
}

interface Schema {
  type?: string | string[];
  enum?: Json[];
  properties?: Record<string, Schema>;
  patternProperties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  if?: unknown;
  then?: unknown;
}

function matchesType(value: Json, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'string':
      return typeof value === 'string';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    default:
      return true;
  }
}

function convertScalar(value: Json, types: string[]): Json | undefined {
  if ((typeof value === 'number' || typeof value === 'boolean') && types.includes('string')) return String(value);
  if (typeof value === 'string' && types.includes('integer') && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  if (typeof value === 'string' && types.includes('boolean') && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  if (typeof value === 'number' && types.includes('integer') && !Number.isInteger(value)) return undefined;
  return undefined;
}

function camelToSnake(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function dnsLabel(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
}
