import type { JsonObject } from '../model/json.ts';
import { getIn } from '../model/paths.ts';
import { asList, asMap, isObject } from '../values/shape.ts';
import { shellQuote } from './shell.ts';
import type { Step } from './step.ts';

/**
 * The Secrets that environment variables take values from (`valueFrom.secretKeyRef`) in the hub's
 * and the user servers' extraEnv: the chart does not create them, and a pod whose Secret is
 * missing does not start. One `kubectl create secret` per Secret, with each key it needs.
 */
export function referencedSecretsStep(v: JsonObject, namespace: string): Step | null {
  const secrets = new Map<string, Set<string>>();
  for (const path of [['hub', 'extraEnv'], ['singleuser', 'extraEnv']]) {
    const env = getIn(v, path);
    const entries = Array.isArray(env) ? asList(env) : Object.values(asMap(env));
    for (const entry of entries) {
      const ref = isObject(entry) ? getIn(entry, ['valueFrom', 'secretKeyRef']) : undefined;
      if (!isObject(ref) || typeof ref.name !== 'string' || ref.name === '' || ref.optional === true) continue;
      const keys = secrets.get(ref.name) ?? new Set<string>();
      if (typeof ref.key === 'string' && ref.key !== '') keys.add(ref.key);
      secrets.set(ref.name, keys);
    }
  }
  if (secrets.size === 0) return null;
  const commands = [...secrets].map(
    ([name, keys]) =>
      `kubectl --namespace ${shellQuote(namespace)} create secret generic ${shellQuote(name)}` +
      [...keys].map((k) => ` \\\n  --from-literal=${shellQuote(`${k}=REPLACE-ME`)}`).join(''),
  );
  const names = [...secrets.keys()];
  return {
    id: 'create-secrets',
    title: `Create the Secret${names.length === 1 ? '' : 's'} the environment refers to`,
    explanation:
      `extraEnv takes values from ${names.map((n) => `the Secret ${n}`).join(', ')}, which the chart does not create; pods that need a missing Secret do not start. ` +
      'Put the real values in place of REPLACE-ME (and keep them out of config.yaml).',
    command: commands.join('\n'),
  };
}
