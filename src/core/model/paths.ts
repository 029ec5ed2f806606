import { isObject, type Json, type JsonObject, type Path } from './json.ts';

/** The value at `path`, or undefined where a step is missing. */
export function getIn(root: Json | undefined, path: Path): Json | undefined {
  let node: Json | undefined = root;
  // an index loop: this runs many times per keystroke, and for-of allocated an iterator each time
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    if (typeof step === 'number') {
      if (!Array.isArray(node)) return undefined;
      node = node[step];
    } else {
      if (!isObject(node) || !Object.hasOwn(node, step)) return undefined;
      node = node[step];
    }
  }
  return node;
}

/**
 * A copy of `root` with `value` at `path`; only the nodes along the path are copied, so unchanged
 * branches keep their identity (the renderer's memo relies on that). Missing maps are created.
 */
export function setIn(root: JsonObject, path: Path, value: Json): JsonObject {
  return setNode(root, path, 0, value) as JsonObject;
}

function setNode(node: Json | undefined, path: Path, i: number, value: Json): Json {
  if (i === path.length) return value;
  const step = path[i]!;
  if (typeof step === 'number') {
    const list = Array.isArray(node) ? node.slice() : [];
    list[step] = setNode(list[step], path, i + 1, value);
    return list;
  }
  const map: JsonObject = isObject(node) ? { ...node } : {};
  map[step] = setNode(map[step], path, i + 1, value);
  return map;
}

/**
 * A copy of `root` without the value at `path`. Maps left empty on the way up are removed too, so
 * that turning a setting back to its default leaves no `ingress: {}` behind.
 */
export function deleteIn(root: JsonObject, path: Path): JsonObject {
  const out = deleteNode(root, path, 0);
  return isObject(out) ? out : {};
}

function deleteNode(node: Json | undefined, path: Path, i: number): Json | undefined {
  const step = path[i]!;
  const last = i === path.length - 1;
  if (typeof step === 'number') {
    if (!Array.isArray(node) || step >= node.length) return node;
    const list = node.slice();
    if (last) list.splice(step, 1);
    else {
      const child = deleteNode(list[step], path, i + 1);
      if (child === list[step]) return node;
      list[step] = child === undefined ? {} : child;
    }
    return list;
  }
  if (!isObject(node) || !Object.hasOwn(node, step)) return node;
  const map: JsonObject = { ...node };
  if (last) delete map[step];
  else {
    const child = deleteNode(map[step], path, i + 1);
    if (child === map[step]) return node;
    if (child === undefined || (isObject(child) && Object.keys(child).length === 0)) delete map[step];
    else map[step] = child;
  }
  return i > 0 && Object.keys(map).length === 0 ? undefined : map;
}
