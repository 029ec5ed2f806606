import { checkValuesShape } from '../restore/limits.ts';
import { CODE_KINDS, type CodeKind, type PendingCode } from './types.ts';

/** The most pieces a stored review list may hold (a real setup has a handful). */
const MAX_PENDING = 500;

/**
 * A stored list of pieces waiting for review, checked: storage is untrusted too. Each piece needs
 * a known kind, a path of map keys and list positions (no `__proto__`), a position, and a value
 * within the value limits. Returns the list, or what is wrong with it for the admin.
 */
export function restorePending(raw: unknown): { ok: true; pending: PendingCode[] } | { ok: false; reason: string } {
  if (raw === undefined) return { ok: true, pending: [] };
  if (!Array.isArray(raw)) return { ok: false, reason: 'the code waiting for review is not a list' };
  if (raw.length > MAX_PENDING) return { ok: false, reason: 'the code waiting for review is too long a list' };
  const pending: PendingCode[] = [];
  for (const item of raw as unknown[]) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return { ok: false, reason: 'a piece of code waiting for review is not readable' };
    const { kind, path, index, value } = item as Record<string, unknown>;
    if (!CODE_KINDS.includes(kind as CodeKind)) return { ok: false, reason: 'a piece of code waiting for review is of no known kind' };
    const steps = Array.isArray(path) ? (path as unknown[]) : [];
    const pathOk =
      steps.length >= 2 &&
      steps.length <= 16 &&
      steps.every((s) => (typeof s === 'string' && s !== '__proto__' && s.length <= 1024) || (typeof s === 'number' && Number.isInteger(s) && s >= 0 && s < 100_000));
    if (!pathOk || typeof steps[0] !== 'string') return { ok: false, reason: 'a piece of code waiting for review has no valid place' };
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) return { ok: false, reason: 'a piece of code waiting for review has no valid position' };
    if (checkValuesShape({ value }) || value === undefined) return { ok: false, reason: 'a piece of code waiting for review holds what is no plain data' };
    pending.push({ kind: kind as CodeKind, path: steps as PendingCode['path'], index, value: value as PendingCode['value'] });
  }
  return { ok: true, pending };
}
