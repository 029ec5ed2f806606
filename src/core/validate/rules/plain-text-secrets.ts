import { findSecrets } from '../../permalink/secrets/find.ts';
import { formatPath } from '../../model/json.ts';
import type { Problem } from '../problem.ts';
import { warning, type FieldRule } from './context.ts';

/**
 * A secret written in plain text where the chart puts it in plain sight: a container's environment
 * (`extraEnv`), which lands in the Deployment or the pods' spec, readable by anyone who may read
 * those. A Secret and a `valueFrom.secretKeyRef` keep it out of both config.yaml and the spec.
 * (Secrets in hub.config and the chart's own password settings go into a Kubernetes Secret: fine.)
 */
const ENV_PLACES = /^(hub|singleuser)\.extraEnv\b/;

export const plainTextSecretRules: FieldRule = (ctx) => {
  const out: Problem[] = [];
  for (const finding of findSecrets(ctx.state.values)) {
    const path = finding.path;
    if (!ENV_PLACES.test(formatPath(path))) continue;
    const name = typeof path[2] === 'string' ? path[2] : formatPath(path);
    out.push(
      warning(
        'plain-text-secret',
        path.slice(0, 3),
        `\`${name}\` holds a secret in plain text (${finding.reason}): it lands in the pod spec, readable by anyone who may read it, and in every copy of config.yaml. Keep it in a Secret and refer to it: \`valueFrom: {secretKeyRef: {name: …, key: …}}\``,
      ),
    );
  }
  // one problem per variable, however many secrets its value holds
  return out.filter((p, i) => out.findIndex((q) => formatPath(q.path) === formatPath(p.path)) === i);
};
