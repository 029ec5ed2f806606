import { CHART_VERSION } from '../../model/chart-release.ts';
import schemaJson from '../../data/values.schema.structure.json' with { type: 'json' };
import { deepEqual, formatPath, isObject, type Json, type JsonObject, type Path } from '../../model/json.ts';
import type { UpgradeEditor } from './editor.ts';

/** Whatever 4.4.0's schema still rejects: wrong scalar types converted, unknown keys removed. */
export function schemaPass(u: UpgradeEditor): void {
  u.values = fixNode(u, u.values, schemaJson as unknown as Schema, []) as JsonObject;
}

function fixNode(u: UpgradeEditor, value: Json, schema: Schema, path: Path): Json | undefined {
  if (schema.if || schema.then) return value; // conditional parts are checked by the validator, not fixed here
  const types = schema.type === undefined ? undefined : Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types && !types.some((t) => matchesType(value, t))) {
    const converted = convertScalar(value, types);
    if (converted !== undefined) {
      u.note({ path: formatPath(path), before: value, after: converted, why: `${CHART_VERSION} wants a ${types.filter((t) => t !== 'null').join(' or ')} here.` });
      return converted;
    }
    u.note({ path: formatPath(path), before: value, why: `${CHART_VERSION} wants a ${types.filter((t) => t !== 'null').join(' or ')} here, so the value was removed.` });
    return undefined;
  }
  if (schema.enum && !schema.enum.some((e) => deepEqual(e, value))) {
    u.note({ path: formatPath(path), before: value, why: `Not one of the values ${CHART_VERSION} accepts (${schema.enum.filter((e) => e !== null).join(', ')}), so it was removed.` });
    return undefined;
  }
  if (!isObject(value)) return value;
  let out: JsonObject | undefined;
  for (const [key, child] of Object.entries(value)) {
    // own keys only: a key named `constructor` or `toString` is no property of the schema
    let childSchema: Schema | undefined = schema.properties && Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
    if (!childSchema && schema.patternProperties) {
      for (const [pattern, s] of Object.entries(schema.patternProperties)) if (new RegExp(pattern, 'u').test(key)) childSchema = s;
    }
    let fixed: Json | undefined = child;
    if (childSchema) fixed = fixNode(u, child, childSchema, [...path, key]);
    else if (schema.additionalProperties === false) {
      u.note({
        path: formatPath([...path, key]),
        before: child,
        why: `Not a setting of chart ${CHART_VERSION} (its schema rejects it${path.length ? ` under ${formatPath(path)}` : ''}), so it was removed; nothing in ${CHART_VERSION} replaces it.`,
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
