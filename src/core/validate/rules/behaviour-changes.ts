import { isObject, type Json, type JsonObject } from '../../model/json.ts';
import { getIn } from '../../model/paths.ts';
import type { Problem, ProblemCode } from '../problem.ts';
import { asList, asMap, type FieldRule } from './context.ts';

/**
 * What chart 4.x does differently with the same values as chart 3.x or older — after a `helm
 * upgrade` that succeeds. Only for a file the import told as older (ImportedConfig.olderChart):
 * for a setup written for 4.x these are how the chart works, not changes.
 */
export const behaviourChangeRules: FieldRule = (ctx) => {
  if (!ctx.state.imported?.olderChart?.length) return [];
  return behaviourChanges(ctx.values, ctx.state.values);
};

const UPGRADE_3_TO_4 = 'https://z2jh.jupyter.org/en/stable/administrator/upgrading/upgrade-3-to-4.html';
const KUBESPAWNER_TEMPLATES = 'https://jupyterhub-kubespawner.readthedocs.io/en/latest/templates.html';

/**
 * Each behaviour change that applies to these values, as a warning with its doc link. `values` are
 * the effective values (chart defaults merged), `written` what the admin's file sets.
 */
export function behaviourChanges(values: JsonObject, written: JsonObject): Problem[] {
  const out: Problem[] = [];
  const spawner = asMap(getIn(values, ['hub', 'config', 'KubeSpawner']));
  const escapeScheme = spawner.slug_scheme === 'escape';
  const storage = asMap(getIn(values, ['singleuser', 'storage']));

  const db = getIn(values, ['hub', 'db', 'type']);
  if ((db === 'mysql' || db === 'postgres') && getIn(values, ['hub', 'db', 'upgrade']) !== true) {
    out.push(
      change('hub-db-upgrade', ['hub', 'db', 'type'], `the hub may exit at start: JupyterHub 5 (chart 4.x) has a newer database schema, and the chart upgrades a ${db} database only with \`hub.db.upgrade: true\` (back it up first); without it the hub stops with "Found database schema version … != …"`, 'https://z2jh.jupyter.org/en/stable/resources/reference.html#hub-db-upgrade'),
    );
  }

  if (storage.type === 'static' && !escapeScheme) {
    const subPath = getIn(values, ['singleuser', 'storage', 'static', 'subPath']);
    if (typeof subPath === 'string' && /\{(username|servername)\}/.test(subPath)) {
      out.push(
        change('slug-static-subpath', ['singleuser', 'storage', 'static', 'subPath'], `users may see new, empty homes: KubeSpawner 7's safe slug scheme writes \`{username}\` differently for some names (capitals, dots, non-ASCII), so \`subPath: ${subPath}\` points them at another folder (their files stay where they were); write \`{escaped_username}\` for the old folder names, or set \`hub.config.KubeSpawner.slug_scheme: escape\``, UPGRADE_3_TO_4),
      );
    }
  }

  if (storage.type === 'dynamic' && !escapeScheme) {
    const dynamic = asMap(getIn(written, ['singleuser', 'storage', 'dynamic']));
    const custom = (['pvcNameTemplate', 'volumeNameTemplate'] as const).filter((k) => typeof dynamic[k] === 'string' && /\{(username|servername)\}/.test(dynamic[k] as string));
    if (custom.length > 0) {
      const key = custom[0]!;
      out.push(
        change('slug-pvc-template', ['singleuser', 'storage', 'dynamic', key], `users may get new, empty home volumes: KubeSpawner 7's safe slug scheme writes \`{username}\`/\`{servername}\` differently for some names, so \`${key}: ${String(dynamic[key])}\` names another PVC for them; write \`{escaped_username}\`/\`{escaped_servername}\` for the old names, or set \`hub.config.KubeSpawner.slug_scheme: escape\``, KUBESPAWNER_TEMPLATES),
      );
    } else if (dynamic.pvcNameTemplate === undefined || dynamic.pvcNameTemplate === null) {
      out.push(
        change('pvc-default-template', ['singleuser', 'storage', 'dynamic', 'pvcNameTemplate'], `the default PVC names changed: chart 3.x named home volumes \`claim-{username}{servername}\` (and volumes \`volume-{username}{servername}\`), chart 4.x leaves it to KubeSpawner 7 (\`claim-{user_server}\`, \`volume-{user_server}\`), which differs for some names; to keep the existing PVCs name them explicitly: \`pvcNameTemplate: claim-{escaped_username}{escaped_servername}\` (or \`KubeSpawner.slug_scheme: escape\` with the old templates)`, UPGRADE_3_TO_4),
      );
    }
  }

  if (asList(getIn(values, ['hub', 'extraContainers'])).length > 0) {
    out.push(
      change('hub-extra-containers-order', ['hub', 'extraContainers'], 'the hub container is now the first in the hub pod and `hub.extraContainers` come after it (chart 4.0.0; they came first before): `kubectl logs`/`exec` without `-c` now reach the hub, and anything that counted containers by position must be checked', 'https://github.com/jupyterhub/zero-to-jupyterhub-k8s/pull/3546'),
    );
  }

  for (const key of ['extraStaticConfig', 'extraDynamicConfig'] as const) {
    const extra = getIn(values, ['proxy', 'traefik', key]);
    if (isObject(extra) && Object.keys(extra).length > 0) {
      out.push(
        change('traefik-v3-config', ['proxy', 'traefik', key], `the autohttps pod runs traefik v3 since chart 4.0.0 (v2 before): \`proxy.traefik.${key}\` written for v2 may fail or be ignored (renamed options, v3's rule syntax); check it against traefik's v2 to v3 migration notes`, 'https://doc.traefik.io/traefik/migration/v2-to-v3/'),
      );
    }
  }

  for (const [path, env] of [
    [['singleuser', 'extraEnv'], getIn(values, ['singleuser', 'extraEnv'])],
    [['hub', 'config', 'KubeSpawner', 'environment'], spawner.environment],
  ] as const) {
    const name = bracedEnv(env);
    if (name === undefined) continue;
    out.push(
      change('spawner-env-braces', [...path, name], `\`{\` and \`}\` in user environment values are expanded as templates since KubeSpawner 6 (chart 3.0.0): \`{username}\` is filled in and any other \`{…}\` fails the spawn; write literal braces as \`{{\` and \`}}\``, KUBESPAWNER_TEMPLATES),
    );
  }
  return out;
}

/** The first environment entry (key or list index) whose value has a single `{` or `}`. */
function bracedEnv(env: Json | undefined): string | number | undefined {
  const single = (v: Json | undefined) => typeof v === 'string' && /(^|[^{])\{([^{]|$)|(^|[^}])\}([^}]|$)/.test(v);
  if (Array.isArray(env)) {
    const i = env.findIndex((e) => isObject(e) && single(e.value));
    return i === -1 ? undefined : i;
  }
  if (!isObject(env)) return undefined;
  return Object.keys(env).find((k) => {
    const v = env[k];
    return single(v) || (isObject(v) && single(v.value));
  });
}

function change(code: ProblemCode, path: (string | number)[], message: string, doc: string): Problem {
  return { code, severity: 'warning', path, message, doc };
}
