/**
 * The one replacement that turns `before` into `after`, their common start and end kept (offsets
 * into `before`). A form edit reaches the config.yaml editor as a new text; applied as this edit,
 * the admin's cursor, scroll and undo stack stay where they were outside the changed lines.
 */
export function smallestEdit(before: string, after: string): { start: number; end: number; text: string } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { start, end: before.length - end, text: after.slice(start, after.length - end) };
}
