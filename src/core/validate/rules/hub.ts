import { isObject, type Json, type Path } from '../../model/json.ts';
import type { Problem } from '../problem.ts';
import { asList, asMap, error, kind, name, type FieldRule } from './context.ts';
import { dns1123LabelProblem } from './dns.ts';
import { imageReferenceProblem } from './images.ts';

/** hub.extraContainers: sidecars appended verbatim to the hub pod, next to the `hub` container. */
export const hubExtraContainerRules: FieldRule = (ctx) => {
  const out: Problem[] = [];
  const seen = new Map<string, number>();
  const taken = new Set(['hub']);
  for (const init of asList(ctx.get(['hub', 'initContainers']))) {
    if (isObject(init) && typeof init.name === 'string') taken.add(init.name);
  }
  asList(ctx.get(['hub', 'extraContainers'])).forEach((container, i) => {
    const at: Path = ['hub', 'extraContainers', i];
    if (!isObject(container)) {
      out.push(error('hub-extra-container', at, `${name(at)} is ${kind(container)}; each extra container is a mapping with at least \`name\` and \`image\``));
      return;
    }
    const containerName = container.name;
    if (containerName === undefined || containerName === null || containerName === '') {
      out.push(error('hub-extra-container-name', [...at, 'name'], `${name(at)} needs a \`name\``));
    } else if (typeof containerName !== 'string') {
      out.push(error('hub-extra-container-name', [...at, 'name'], `${name([...at, 'name'])} is ${kind(containerName)}; a container name is a string`));
    } else {
      const problem = dns1123LabelProblem(containerName);
      if (problem) {
        out.push(error('hub-extra-container-name', [...at, 'name'], `the container name \`${containerName}\` ${problem}`));
      } else if (seen.has(containerName)) {
        out.push(
          error('hub-extra-container-duplicate', [...at, 'name'], `the container name \`${containerName}\` is already used by hub.extraContainers[${seen.get(containerName)}]; names in a pod must be unique`),
        );
      } else if (taken.has(containerName)) {
        out.push(
          error(
            'hub-extra-container-duplicate',
            [...at, 'name'],
            containerName === 'hub'
              ? 'the name `hub` is taken by the hub container itself; choose another name'
              : `the container name \`${containerName}\` is already used by one of hub.initContainers; names in a pod must be unique`,
          ),
        );
      }
      if (!problem && !seen.has(containerName)) seen.set(containerName, i);
    }
    const image = container.image;
    if (image === undefined || image === null || image === '') {
      out.push(error('hub-extra-container-image', [...at, 'image'], `${name(at)} needs an \`image\``));
    } else if (typeof image !== 'string') {
      out.push(error('hub-extra-container-image', [...at, 'image'], `${name([...at, 'image'])} is ${kind(image)}; write the image reference as a string`));
    } else {
      const problem = imageReferenceProblem(image);
      if (problem) out.push(error('image-reference', [...at, 'image'], `the image \`${image}\` ${problem}`));
    }
  });
  return out;
};

const VALUE_FROM_SOURCES: Record<string, readonly string[]> = {
  secretKeyRef: ['name', 'key'],
  configMapKeyRef: ['name', 'key'],
  fieldRef: ['fieldPath'],
  resourceFieldRef: ['resource'],
};

/** One EnvVar in mapping form (`{value}` or `{valueFrom}`, `name` optional in the map form). */
function checkEnvVar(path: Path, env: Json, nameRequired: boolean): Problem[] {
  const out: Problem[] = [];
  if (!isObject(env)) return out;
  if (nameRequired && (typeof env.name !== 'string' || env.name === '')) {
    out.push(error('env-var-shape', [...path, 'name'], `${name(path)} needs a \`name\` (the variable's name, a string)`));
  } else if (env.name !== undefined && typeof env.name !== 'string') {
    out.push(error('env-var-shape', [...path, 'name'], `${name([...path, 'name'])} is ${kind(env.name)}; it must be a string`));
  } else if (typeof env.name === 'string' && env.name.includes('=')) {
    out.push(error('env-var-shape', [...path, 'name'], 'an environment variable name cannot contain `=`'));
  }
  const hasValue = env.value !== undefined && env.value !== null;
  const valueFrom = env.valueFrom;
  if (hasValue && typeof env.value !== 'string') {
    out.push(
      error('env-var-value', [...path, 'value'], `${name([...path, 'value'])} is ${kind(env.value)}; Kubernetes only takes strings here — write \`"${String(env.value)}"\``),
    );
  }
  if (hasValue && valueFrom !== undefined && valueFrom !== null) {
    out.push(error('env-var-shape', path, `${name(path)} has both \`value\` and \`valueFrom\`; keep one`));
  }
  if (valueFrom !== undefined && valueFrom !== null) {
    const at = [...path, 'valueFrom'];
    if (!isObject(valueFrom)) {
      out.push(error('env-value-from', at, `${name(at)} is ${kind(valueFrom)}; it must be a mapping such as \`{secretKeyRef: {name: my-secret, key: password}}\``));
      return out;
    }
    const sources = Object.keys(valueFrom);
    const known = sources.filter((s) => s in VALUE_FROM_SOURCES);
    const unknown = sources.filter((s) => !(s in VALUE_FROM_SOURCES));
    if (unknown.length > 0) {
      out.push(
        error('env-value-from', at, `${name(at)} has ${unknown.map((s) => `\`${s}\``).join(', ')}; valueFrom takes one of \`secretKeyRef\`, \`configMapKeyRef\`, \`fieldRef\`, \`resourceFieldRef\``),
      );
    } else if (known.length !== 1) {
      out.push(error('env-value-from', at, `${name(at)} must name exactly one source (\`secretKeyRef\`, \`configMapKeyRef\`, \`fieldRef\` or \`resourceFieldRef\`)`));
    }
    for (const source of known) {
      const ref = valueFrom[source];
      const refAt = [...at, source];
      if (!isObject(ref)) {
        out.push(error('env-value-from', refAt, `${name(refAt)} is ${kind(ref)}; it must be a mapping with ${VALUE_FROM_SOURCES[source]!.map((k) => `\`${k}\``).join(' and ')}`));
        continue;
      }
      for (const key of VALUE_FROM_SOURCES[source]!) {
        if (typeof ref[key] !== 'string' || ref[key] === '') {
          out.push(error('env-value-from', [...refAt, key], `${name(refAt)} needs \`${key}\` (a string)`));
        }
      }
    }
  } else if (!hasValue && !nameRequired) {
    out.push(error('env-var-shape', path, `${name(path)} needs \`value\` or \`valueFrom\``));
  }
  return out;
}

/** hub.extraEnv: a map of NAME → string or EnvVar mapping, or a list of EnvVars. */
export const hubExtraEnvRules: FieldRule = (ctx) => {
  const out: Problem[] = [];
  const env = ctx.get(['hub', 'extraEnv']);
  if (Array.isArray(env)) {
    env.forEach((item, i) => {
      const at: Path = ['hub', 'extraEnv', i];
      if (!isObject(item)) {
        out.push(error('env-var-shape', at, `${name(at)} is ${kind(item)}; in the list form each entry is a mapping \`{name: FOO, value: "…"}\``));
      } else out.push(...checkEnvVar(at, item, true));
    });
    return out;
  }
  for (const [key, value] of Object.entries(asMap(env))) {
    const at: Path = ['hub', 'extraEnv', key];
    if (typeof value === 'string') continue;
    if (isObject(value)) {
      out.push(...checkEnvVar(at, value, false));
      continue;
    }
    const hint = typeof value === 'number' || typeof value === 'boolean' ? ` — write \`"${String(value)}"\`` : '';
    out.push(
      error('hub-extra-env-type', at, `${name(at)} is ${kind(value)}; the chart only accepts strings (or a \`valueFrom\` mapping) here${hint}`),
    );
  }
  return out;
};

/** hub.extraConfig: name → Python code, run by the hub in name order; each value a string. */
export const hubExtraConfigRules: FieldRule = (ctx) => {
  const out: Problem[] = [];
  for (const [key, value] of Object.entries(asMap(ctx.get(['hub', 'extraConfig'])))) {
    if (typeof value === 'string') continue;
    const at: Path = ['hub', 'extraConfig', key];
    out.push(
      error('hub-extra-config-type', at, `${name(at)} is ${kind(value)}; each hub.extraConfig entry is Python code as a string (use \`${key}: |\` and indent the code below it)`),
    );
  }
  return out;
};

export const hubRules: FieldRule = (ctx) => [...hubExtraContainerRules(ctx), ...hubExtraEnvRules(ctx), ...hubExtraConfigRules(ctx)];
