import { toYamlOrdered } from '../go/go-yaml.ts';
import { cachesEnabled } from './switch.ts';

/**
 * Each object's text, remembered per object: rendered objects are read-only, and the renderer
 * hands out the same object again while its inputs do not change, so a re-print after a small
 * edit only prints the objects the edit changed.
 */
const texts = new WeakMap<object, string>();
/** Text makers given ahead of printing (presetTextLazy), used once, on the first print. */
const makers = new WeakMap<object, () => string>();

/** `toYamlOrdered(object)`, remembered per object. */
export function objectText(object: object): string {
  if (!cachesEnabled()) return toYamlOrdered(object);
  let t = texts.get(object);
  if (t === undefined) {
    const make = makers.get(object);
    t = make ? make() : toYamlOrdered(object);
    makers.delete(object);
    texts.set(object, t);
  }
  return t;
}

/**
 * Gives `object` a way to make its text more cheaply than the emitter, run on the first print only
 * (the preview prints an object when it is unfolded or copied, so often never while typing). `make`
 * must return exactly `toYamlOrdered(object)` (tests compare against cache-free renders).
 */
export function presetTextLazy(object: object, make: () => string): void {
  if (cachesEnabled()) makers.set(object, make);
}
