import type { Json } from '../model/json.ts';

/** The result of reading what the admin typed into a number-like field. */
export type Parsed = { ok: true; value: Json | undefined } | { ok: false; message: string };

/** CPU cores as the chart wants them: a number (`0.5`, `2`); empty clears the setting. */
export function parseCpu(text: string): Parsed {
  const t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  if (/^\d+m$/.test(t)) return { ok: true, value: Number(t.slice(0, -1)) / 1000 };
  const n = Number(t);
  if (!Number.isFinite(n) || n <= 0 || !/^\d*\.?\d+$/.test(t)) {
    return { ok: false, message: `"${t}" is not a number of CPU cores: write e.g. 0.5, 1 or 2 (or 500m).` };
  }
  return { ok: true, value: n };
}

const memoryPattern = /^(\d+(\.\d+)?)([KMGT]i?)?$/;

/**
 * Memory as KubeSpawner reads it: bytes as a number, or a string with a K, M, G or T suffix
 * (`1G`, `512M`); empty clears the setting.
 */
export function parseMemory(text: string): Parsed {
  const t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  const m = memoryPattern.exec(t);
  if (!m) return { ok: false, message: `"${t}" is not an amount of memory: write e.g. 512M, 1G or 2.5G.` };
  if (!m[3]) return { ok: true, value: Number(t) };
  if (m[3].endsWith('i')) {
    return { ok: false, message: `KubeSpawner reads ${m[3]} as a typo; write ${m[1]}${m[3][0]} (it counts in powers of 1024 already).` };
  }
  return { ok: true, value: t };
}

/** A whole number at least `min` (replicas, priorities); empty clears the setting. */
export function parseInteger(text: string, min = 0): Parsed {
  const t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  if (!/^-?\d+$/.test(t) || Number(t) < min) return { ok: false, message: `Write a whole number${min === 0 ? ' (0 or more)' : ` of at least ${min}`}.` };
  return { ok: true, value: Number(t) };
}

export function formatNumberish(value: Json | undefined): string {
  return value === undefined || value === null ? '' : String(value);
}
