import { formatPath, type Json, type JsonObject } from '../model/json.ts';
import { isObject } from '../values/shape.ts';

/**
 * How much untrusted values may hold, whatever door they come in by (file, paste, drop, link,
 * saved work). The largest real config of the corpus has about 850 values, 11 levels deep; these
 * limits are far above any real hub and far below what would make the page freeze or a writer
 * run out of stack.
 */
export const VALUE_LIMITS = {
  /** nesting of maps and lists */
  maxDepth: 64,
  /** every key, list item and scalar counted */
  maxNodes: 10_000,
  /** the values as compact JSON (what a link carries), about: the largest file an import takes */
  maxBytes: 1_000_000,
} as const;

export type ShapeProblemCode = 'too-large' | 'too-deep' | 'too-many-values' | 'not-finite' | 'prototype-key' | 'not-plain-data' | 'invalid-text';

/** Half of a UTF-16 surrogate pair: no UTF-8 file can hold it, and helm refuses its escape. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const INVALID_TEXT = (at: string) => `The text at ${at} holds half of a surrogate pair (an invalid character, such as the escape \\ud800), which no config.yaml can hold and helm refuses; it was not opened.`;

export interface ShapeProblem {
  code: ShapeProblemCode;
  message: string;
}

/**
 * The first reason these values cannot be taken in, or undefined. Walks iteratively, so any depth
 * is safe to check; stops at the first problem.
 */
export function checkValuesShape(values: unknown): ShapeProblem | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: values, path: [] }];
  let nodes = 0;
  let bytes = 0;
  const tooLarge = (): ShapeProblem => ({
    code: 'too-large',
    message: `It holds more than ${VALUE_LIMITS.maxBytes / 1_000_000} MB of values, far more than any real config.yaml (and more than an import or a link takes); it was not opened.`,
  });
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (++nodes > VALUE_LIMITS.maxNodes) {
      return { code: 'too-many-values', message: `It holds more than ${VALUE_LIMITS.maxNodes.toLocaleString('en')} values, far more than any real config.yaml; it was not opened.` };
    }
    if (path.length > VALUE_LIMITS.maxDepth) {
      return { code: 'too-deep', message: `Its values nest more than ${VALUE_LIMITS.maxDepth} levels deep (at ${formatPath(path.slice(0, 4))}…), far more than any real config.yaml; it was not opened.` };
    }
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) return { code: 'invalid-text', message: INVALID_TEXT(formatPath(path)) };
      if ((bytes += utf8Bytes(value) + 3) > VALUE_LIMITS.maxBytes) return tooLarge();
      continue;
    }
    if ((bytes += 6) > VALUE_LIMITS.maxBytes) return tooLarge();
    if (value === null || typeof value === 'boolean') continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) {
        return { code: 'not-finite', message: `The number at ${formatPath(path)} is ${String(value)} (too large or not a number); helm refuses such values. Write it as a string or a real number.` };
      }
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    if (isObject(value) && (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null)) {
      const keys = Object.keys(value);
      if (Object.hasOwn(value, '__proto__')) {
        return { code: 'prototype-key', message: `${formatPath(path)} has a key named __proto__, which is no Helm setting and is refused: remove it.` };
      }
      for (let i = keys.length - 1; i >= 0; i--) {
        if (LONE_SURROGATE.test(keys[i]!)) return { code: 'invalid-text', message: INVALID_TEXT(`the key ${JSON.stringify(keys[i])} under ${formatPath(path)}`) };
        if ((bytes += utf8Bytes(keys[i]!) + 3) > VALUE_LIMITS.maxBytes) return tooLarge();
        stack.push({ value: value[keys[i]!], path: [...path, keys[i]!] });
      }
      continue;
    }
    return { code: 'not-plain-data', message: `The value at ${formatPath(path)} is not plain data (Helm values hold strings, numbers, booleans, lists and maps).` };
  }
  return undefined;
}

/** UTF-8 length, at most 3 bytes a UTF-16 unit (a pair counts 6 for its 4: an upper bound is enough). */
function utf8Bytes(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 ? 2 : 1;
  }
  return n;
}

/** Narrows checked values to JSON data. */
export function asCheckedValues(values: unknown): JsonObject | undefined {
  return isObject(values) && checkValuesShape(values) === undefined ? values : undefined;
}

export type { Json };
