import type { Path } from '../model/json.ts';
import type { Parsed } from './resources.ts';

/**
 * The idle culler (`cull`): a hub service that stops servers nobody used for `timeout` seconds,
 * looking every `every` seconds; `maxAge` stops any server that old, used or not.
 */
export const CULL_PATHS = {
  enabled: ['cull', 'enabled'],
  timeout: ['cull', 'timeout'],
  every: ['cull', 'every'],
  maxAge: ['cull', 'maxAge'],
  users: ['cull', 'users'],
  adminUsers: ['cull', 'adminUsers'],
  removeNamedServers: ['cull', 'removeNamedServers'],
  concurrency: ['cull', 'concurrency'],
} as const satisfies Record<string, Path>;

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/**
 * Seconds as typed: a whole number (`3600`) or with a unit (`90m`, `1h`, `2d`), written as the
 * whole number of seconds the culler takes. `min` is the least it accepts (0 for max age: never).
 */
export function parseSeconds(text: string, min: number): Parsed {
  const t = text.trim().toLowerCase();
  if (t === '') return { ok: true, value: undefined };
  const m = /^(\d+)\s*([smhd]?)$/.exec(t);
  if (!m) return { ok: false, message: `"${text.trim()}" is not a duration: write seconds (3600) or e.g. 90m, 1h, 2d.` };
  const seconds = Number(m[1]) * UNITS[m[2] || 's']!;
  if (seconds < min) return { ok: false, message: min === 0 ? 'Write 0 or more.' : `Write at least ${min} second${min === 1 ? '' : 's'}.` };
  return { ok: true, value: seconds };
}

/** A duration in words for the hint beside a field: `3600` → `1 h`, `5400` → `1 h 30 min`. */
export function describeSeconds(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return '';
  const parts: string[] = [];
  const d = Math.floor(seconds / 86400);
  const h = Math.floor((seconds % 86400) / 3600);
  const min = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (d) parts.push(`${d} d`);
  if (h) parts.push(`${h} h`);
  if (min) parts.push(`${min} min`);
  if (s) parts.push(`${s} s`);
  return parts.join(' ');
}
