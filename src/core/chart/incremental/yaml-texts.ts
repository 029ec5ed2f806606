import type { EmitOptions } from '../go/emit-options.ts';
import { isImmutable } from './immutable.ts';
import { cachesEnabled } from './switch.ts';

/**
 * Emitted text of maps and lists, cached per (object, indent, inline) for each option set: the
 * values are read-only and share the chart defaults' subtrees, so most of a render hits the cache.
 */
type Cache = WeakMap<object, Map<number, string>>;
const caches = new Map<string, Cache>();
/** the cache per emitter options, found without building a key string (this runs per map and list) */
const cachesByOptions = new WeakMap<EmitOptions, Cache>();

function cacheFor(o: EmitOptions): Cache {
  let c = cachesByOptions.get(o);
  if (!c) {
    const k = `${o.sortKeys}/${o.width}`;
    c = caches.get(k);
    if (!c) caches.set(k, (c = new WeakMap()));
    cachesByOptions.set(o, c);
  }
  return c;
}

/** The remembered text of `obj` at `slot`, if any (looked up before any text is made). */
export function rememberedYamlText(obj: object, slot: number, o: EmitOptions): string | undefined {
  if (!o.cache || !cachesEnabled() || !isImmutable(obj)) return undefined;
  return cacheFor(o).get(obj)?.get(slot);
}

/** Remembers `text` as the text of `obj` at `slot` (when `obj` is read-only data), and returns it. */
export function rememberYamlText(obj: object, slot: number, o: EmitOptions, text: string): string {
  if (!o.cache || !cachesEnabled() || !isImmutable(obj)) return text;
  const cache = cacheFor(o);
  let m = cache.get(obj);
  if (!m) cache.set(obj, (m = new Map()));
  m.set(slot, text);
  return text;
}
