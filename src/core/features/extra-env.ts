import { isObject, type Json, type JsonObject } from '../model/json.ts';
import { getIn } from '../model/paths.ts';
import type { Update, WizardState } from '../model/state.ts';
import { setValue } from '../model/updates.ts';

export const EXTRA_ENV_PATH = ['hub', 'extraEnv'] as const;

/** One environment variable of the hub: a plain value or a reference to a Secret or ConfigMap key. */
export type EnvRow =
  | { name: string; kind: 'value'; value: string }
  | { name: string; kind: 'secret' | 'configMap'; refName: string; refKey: string };

/**
 * The rows of `hub.extraEnv` when it is a map the form can show; `null` when it holds something
 * the form cannot (a list, fieldRef …): the YAML editor then edits it as it is.
 */
export function envRows(state: WizardState): EnvRow[] | null {
  const env = getIn(state.values, EXTRA_ENV_PATH);
  if (env === undefined) return [];
  if (!isObject(env)) return null;
  const rows: EnvRow[] = [];
  for (const [name, v] of Object.entries(env)) {
    const row = rowOf(name, v);
    if (!row) return null;
    rows.push(row);
  }
  return rows;
}

function rowOf(name: string, v: Json): EnvRow | null {
  if (typeof v === 'string') return { name, kind: 'value', value: v };
  if (typeof v === 'number' || typeof v === 'boolean') return { name, kind: 'value', value: String(v) };
  const from = isObject(v) ? v.valueFrom : undefined;
  if (!isObject(v) || !isObject(from) || Object.keys(v).some((k) => k !== 'valueFrom' && k !== 'name')) return null;
  const ref = isObject(from.secretKeyRef) ? from.secretKeyRef : isObject(from.configMapKeyRef) ? from.configMapKeyRef : null;
  if (!ref || Object.keys(from).length !== 1) return null;
  return {
    name,
    kind: isObject(from.secretKeyRef) ? 'secret' : 'configMap',
    refName: String(ref.name ?? ''),
    refKey: String(ref.key ?? ''),
  };
}

/** Writes the rows as the chart's map form; plain values always as strings (the chart refuses others). */
export function setEnvRows(rows: readonly EnvRow[]): Update {
  const map: JsonObject = {};
  for (const row of rows) {
    map[row.name] =
      row.kind === 'value'
        ? String(row.value)
        : { valueFrom: { [row.kind === 'secret' ? 'secretKeyRef' : 'configMapKeyRef']: { name: row.refName, key: row.refKey } } };
  }
  return setValue(EXTRA_ENV_PATH, map);
}
