import { BoundedMap } from './bounded-map.ts';
import { cachesEnabled } from './switch.ts';

/**
 * Text of long strings (extraConfig snippets, …), remembered by content: re-printing a map whose
 * long strings did not change does not re-analyse them. Bounded in entries and characters.
 */
const stringCache = new BoundedMap<{ p: string; t: string }>(4096, 8_000_000);
const STRING_CACHE_MIN = 128;
const STRING_CACHE_MAX = 65536;

/** Whether the text of `s` is remembered (long enough to be worth it, short enough to keep; caches on). */
export function isRememberedLength(s: string): boolean {
  return s.length >= STRING_CACHE_MIN && s.length <= STRING_CACHE_MAX && cachesEnabled();
}

/** The remembered text of `s` printed at `slot` (its indentation, column and width), if any. */
export function rememberedStringText(s: string, slot: string): string | undefined {
  const hit = stringCache.get(s);
  return hit && hit.p === slot ? hit.t : undefined;
}

/** Remembers `text` as the text of `s` at `slot` (one slot per string: the last one), and returns it. */
export function rememberStringText(s: string, slot: string, text: string): string {
  stringCache.set(s, { p: slot, t: text }, s.length + text.length);
  return text;
}
