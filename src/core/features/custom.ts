import { isObject, type Json } from '../model/json.ts';

/** One place in `custom` and the Python that reads it from a hub extraConfig snippet. */
export interface CustomKey {
  path: string;
  call: string;
}

/**
 * Every key under `custom`, branches and leaves, with the `z2jh.get_config` call that reads it
 * at run time from the hub's copy of the values.
 */
export function customKeys(custom: Json | undefined): CustomKey[] {
  const out: CustomKey[] = [];
  const walk = (node: Json, prefix: string) => {
    if (!isObject(node)) return;
    for (const [key, value] of Object.entries(node)) {
      const path = `${prefix}.${key}`;
      out.push({ path, call: `z2jh.get_config("${path}")` });
      walk(value, path);
    }
  };
  if (custom !== undefined) walk(custom, 'custom');
  return out;
}
