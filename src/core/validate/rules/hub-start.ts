import type { Problem } from '../problem.ts';
import { asMap, error, warning, type FieldRule } from './context.ts';

/**
 * What makes the hub exit at start although helm renders it happily. Chart 4.3.0 and later stop
 * the hub (jupyterhub_config.py exits with "FATAL: Invalid hub.config section name") when a section
 * of hub.config is not a Configurable class name, i.e. does not start with an upper-case letter —
 * usually a setting put one level too deep (`hub.config.loadRoles` for `hub.loadRoles`).
 */
export const hubStartRules: FieldRule = (ctx) => {
  const out: Problem[] = [];
  for (const section of Object.keys(asMap(ctx.get(['hub', 'config'])))) {
    if (/^\p{Lu}/u.test(section)) continue;
    const at = ['hub', 'config', section];
    out.push(
      error(
        'hub-config-section-lowercase',
        at,
        `the hub exits at start: \`hub.config.${section}\` is not a Configurable class name (those start with an upper-case letter, like \`JupyterHub\` or \`KubeSpawner\`), and chart 4.3.0 and later stop the hub on it; a setting put one level too deep? (\`hub.${section}\`)`,
      ),
    );
  }
  const existing = ctx.get(['hub', 'existingSecret']);
  if (typeof existing === 'string' && existing !== '') {
    out.push(
      warning(
        'hub-existing-secret',
        ['hub', 'existingSecret'],
        `the chart does not create the Secret \`${existing}\`: create it in the release's namespace before the install, with a key \`values.yaml\` holding the values it adds (the hub reads that file); a Secret without that key does not add what you meant`,
      ),
    );
  }
  return out;
};
