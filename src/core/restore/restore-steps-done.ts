import { isObject } from '../values/shape.ts';

/**
 * The next steps the admin ticked off, kept in the browser so that a reload keeps the progress:
 * `{ format, done: [step id, …] }`.
 */
export const STEPS_DONE_FORMAT = 1;

/** Far more than there are steps; step ids are short words. */
const MAX_IDS = 64;
const ID_PATTERN = /^[\w.-]{1,100}$/;

export function stepsDoneText(done: Iterable<string>): string {
  return JSON.stringify({ format: STEPS_DONE_FORMAT, done: [...done].filter((id) => ID_PATTERN.test(id)).slice(0, MAX_IDS) });
}

/** The ticked-off step ids stored, read back: anything that is not one is left out. Never throws. */
export function restoreStepsDone(raw: string | null | undefined): string[] {
  if (!raw) return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!isObject(data) || data.format !== STEPS_DONE_FORMAT || !Array.isArray(data.done)) return [];
  const out = new Set<string>();
  for (const id of data.done.slice(0, MAX_IDS)) if (typeof id === 'string' && ID_PATTERN.test(id)) out.add(id);
  return [...out];
}
