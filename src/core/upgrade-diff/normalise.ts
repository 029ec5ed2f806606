import { parse } from 'yaml';
import type { Json, JsonObject } from '../model/json.ts';
import { fromBase64url } from '../permalink/base64url.ts';
import { isObject } from '../values/shape.ts';

/**
 * An object as it is compared: a Secret's `data` decoded from base64 (so a changed value is one
 * change, not a changed blob), and Secret hub's `values.yaml` — the whole config the hub reads —
 * parsed, so that a changed setting is named by its path. The values are still compared; the
 * diff hides them (secrets.ts).
 */
export function normalise(object: JsonObject): JsonObject {
  if (object.kind !== 'Secret' || !isObject(object.data)) return object;
  const data: JsonObject = {};
  for (const [key, value] of Object.entries(object.data)) {
    const text = typeof value === 'string' ? decodeBase64(value) : null;
    data[key] = text === null ? value : key === 'values.yaml' ? parsedOr(text) : text;
  }
  return { ...object, data };
}

function decodeBase64(text: string): string | null {
  const bytes = fromBase64url(text.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
  if (!bytes) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function parsedOr(text: string): Json {
  try {
    const data = parse(text, { uniqueKeys: false }) as Json;
    return isObject(data) ? data : text;
  } catch {
    return text;
  }
}
