/** One replacement of the text between two offsets. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Thrown inside the patcher when a spot cannot be edited in place; the caller then rewrites more. */
export class CannotPatch extends Error {}

/** `text` with the (non-overlapping) edits made, from the last one back. */
export function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const edit of sorted) {
    if (edit.end > limit) throw new Error('overlapping edits');
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    limit = edit.start;
  }
  return out;
}
