import { isObject, type Json, type JsonObject, type Path } from '../../model/json.ts';
import { SECRET_PLACEHOLDER, type SecretFinding } from './finding.ts';
import { findSecrets } from './find.ts';
import { placeholderFor } from './places.ts';

/**
 * `values` without its secrets, and `omitted` naming each one. A whole secret leaves its map (and
 * the maps this empties), except where its place must hold a value (a list item, a value the
 * chart's schema requires): there it becomes the placeholder. A secret inside a string (a URL's
 * password, a flag's value, a Python literal) becomes the placeholder in place, so the string
 * still reads. A key that is a token takes its entry with it. `values` itself is not changed.
 */
export function withoutSecrets(values: JsonObject): { values: JsonObject; omitted: SecretFinding[] } {
  const omitted = findSecrets(values);
  if (omitted.length === 0) return { values, omitted };
  const copy = JSON.parse(JSON.stringify(values)) as JsonObject;
  const spans = new Map<string, { path: Path; cuts: { start: number; end: number }[] }>();
  const removals: Path[] = [];
  for (const finding of omitted) {
    const { cut, path } = finding;
    if (cut.kind === 'text') {
      const id = JSON.stringify(path);
      const entry = spans.get(id) ?? { path, cuts: [] };
      entry.cuts.push(cut);
      spans.set(id, entry);
    } else {
      const placeholder = placeholderFor(path, getNode(copy, path.slice(0, -1)));
      if (placeholder === undefined || cut.kind === 'key') removals.push(path);
      else setNode(copy, path, placeholder);
    }
  }
  for (const { path, cuts } of spans.values()) {
    const text = getNode(copy, path);
    if (typeof text === 'string') setNode(copy, path, cutText(text, cuts));
  }
  for (const path of removals) removeEntry(copy, path);
  return { values: copy, omitted };
}

/** `text` with each cut replaced by the placeholder (cuts from findSecrets never overlap). */
function cutText(text: string, cuts: { start: number; end: number }[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a.start - b.start)) {
    if (cut.start < from) continue;
    parts.push(text.slice(from, cut.start), SECRET_PLACEHOLDER);
    from = cut.end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

function getNode(root: Json, path: Path): Json | undefined {
  let node: Json | undefined = root;
  for (const step of path) {
    if (Array.isArray(node) && typeof step === 'number') node = node[step];
    else if (isObject(node) && typeof step === 'string' && Object.hasOwn(node, step)) node = node[step];
    else return undefined;
  }
  return node;
}

function setNode(root: Json, path: Path, value: Json): void {
  const parent = getNode(root, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number') parent[last] = value;
  else if (isObject(parent) && typeof last === 'string' && Object.hasOwn(parent, last)) {
    Object.defineProperty(parent, last, { value, enumerable: true, writable: true, configurable: true });
  }
}

/** Deletes a map entry, and the maps this leaves empty (an empty map in a list stays). */
function removeEntry(root: JsonObject, path: Path): void {
  for (let n = path.length; n > 0; n--) {
    const parent = getNode(root, path.slice(0, n - 1));
    const last = path[n - 1]!;
    if (!isObject(parent) || typeof last !== 'string') return;
    delete parent[last];
    if (n === 1 || Object.keys(parent).length > 0) return;
  }
}
