import { isObject, type Json, type JsonObject } from '../model/json.ts';
import { deleteIn, getIn, setIn } from '../model/paths.ts';
import type { Update, WizardState } from '../model/state.ts';
import { imageSourcesIn } from './images.ts';
import { findCode } from './places.ts';
import type { PendingCode, Step } from './types.ts';

/** A pending piece's id: its path, which no two pieces share. */
export function pieceId(piece: Pick<PendingCode, 'path'>): string {
  return JSON.stringify(piece.path);
}

/**
 * Values that arrived from outside split in two: what joins the work at once, and the pieces of
 * code that wait for the admin's review (places.ts says which). `seen` is the values of the
 * admin's own work: images from sources it already uses are not asked about.
 */
export function splitForReview(values: JsonObject, seen?: Json): { values: JsonObject; pending: PendingCode[] } {
  const sources = seen === undefined ? new Set<string>() : imageSourcesIn(seen);
  const found = findCode(values, sources);
  // taken out from the last position backwards, so that the earlier ones' positions still hold
  let rest = values;
  for (const piece of [...found].sort(byPositionDescending)) rest = removeAt(rest, piece.path);
  return { values: rest, pending: found.map(({ kind, path, index, value }) => ({ kind, path, index, value })) };
}

/** Joined with what is kept, the split gives back the values it was made from (the unit tests say so). */
export function joinAll(values: JsonObject, pending: readonly PendingCode[]): JsonObject {
  let out = values;
  let waiting = [...pending];
  for (const piece of pending) {
    waiting = waiting.filter((p) => p !== piece);
    out = insertPiece(out, piece, waiting);
  }
  return out;
}

/**
 * A setup that arrived by a link or an import, with its code held back for review. `own` is the
 * admin's work it arrives beside (the images it uses count as seen; what it still waits to
 * review does not). Anything the state already waited
 * for is replaced: what is held is what came with these values.
 */
export function holdForReview(state: WizardState, own?: WizardState): WizardState {
  const { values, pending } = splitForReview(state.values, own?.values);
  const { review: _, ...rest } = state;
  return pending.length > 0 ? { ...rest, values, review: pending } : { ...rest, values };
}

/** Accepting a piece puts it in the values, at its place among its neighbours. */
export function acceptCode(id: string): Update {
  return (state) => {
    const review = state.review ?? [];
    const piece = review.find((p) => pieceId(p) === id);
    if (!piece) return state;
    const waiting = review.filter((p) => p !== piece);
    return withReview({ ...state, values: insertPiece(state.values, piece, waiting) }, waiting);
  };
}

/** Dropping a piece leaves it out for good; the pieces after it in the same list or map move up. */
export function dropCode(id: string): Update {
  return (state) => {
    const review = state.review ?? [];
    const piece = review.find((p) => pieceId(p) === id);
    if (!piece) return state;
    const parent = pieceId({ path: piece.path.slice(0, -1) });
    const waiting = review
      .filter((p) => p !== piece)
      .map((p) => (p.index > piece.index && pieceId({ path: p.path.slice(0, -1) }) === parent ? { ...p, index: p.index - 1 } : p));
    return withReview(state, waiting);
  };
}

export const acceptAllCode: Update = (state) => (state.review?.length ? withReview({ ...state, values: joinAll(state.values, state.review) }, []) : state);

export const dropAllCode: Update = (state) => (state.review?.length ? withReview(state, []) : state);

function withReview(state: WizardState, review: PendingCode[]): WizardState {
  const { review: _, ...rest } = state;
  return review.length > 0 ? { ...rest, review } : rest;
}

function byPositionDescending(a: { path: Step[]; index: number }, b: { path: Step[]; index: number }): number {
  return b.index - a.index;
}

/** `values` without the entry at `path`; a map or list it leaves empty goes too (no `extraConfig: {}` left behind). */
function removeAt(values: JsonObject, path: readonly Step[]): JsonObject {
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1]!;
  const parent = getIn(values, parentPath);
  let rest: Json;
  if (typeof last === 'number') {
    if (!Array.isArray(parent)) return values;
    rest = parent.filter((_, i) => i !== last);
  } else {
    if (!isObject(parent) || !Object.hasOwn(parent, last)) return values;
    rest = Object.fromEntries(Object.entries(parent).filter(([key]) => key !== last));
  }
  const empty = Array.isArray(rest) ? rest.length === 0 : Object.keys(rest).length === 0;
  if (empty && typeof parentPath[parentPath.length - 1] === 'string') return deleteIn(values, parentPath);
  return setIn(values, parentPath, rest);
}

/**
 * `values` with `piece` back at its place: its position counts the entries before it that are
 * there, i.e. its index less the pieces before it in the same parent that still wait (`waiting`).
 */
function insertPiece(values: JsonObject, piece: PendingCode, waiting: readonly PendingCode[]): JsonObject {
  const parentPath = piece.path.slice(0, -1);
  const parentId = pieceId({ path: parentPath });
  const last = piece.path[piece.path.length - 1]!;
  const before = waiting.filter((p) => p.index < piece.index && pieceId({ path: p.path.slice(0, -1) }) === parentId).length;
  const parent = getIn(values, parentPath);
  if (typeof last === 'number') {
    const list = Array.isArray(parent) ? parent.slice() : [];
    list.splice(Math.min(piece.index - before, list.length), 0, piece.value);
    return setIn(values, parentPath, list);
  }
  const entries = Object.entries(isObject(parent) ? parent : {}).filter(([key]) => key !== last);
  entries.splice(Math.min(piece.index - before, entries.length), 0, [last, piece.value]);
  return setIn(values, parentPath, Object.fromEntries(entries));
}
