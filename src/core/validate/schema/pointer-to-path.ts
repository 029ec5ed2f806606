import { isObject, type Json, type Path } from '../../model/json.ts';

/** `/ingress/hosts/1` → `['ingress', 'hosts', 1]` (a step is a number only inside a list). */
export function pointerToPath(pointer: string, data: Json): Path {
  if (!pointer) return [];
  const path: (string | number)[] = [];
  let node: Json | undefined = data;
  for (const raw of pointer.slice(1).split('/')) {
    const step = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^\d+$/.test(step)) {
      path.push(Number(step));
      node = node[Number(step)];
    } else {
      path.push(step);
      node = isObject(node) ? node[step] : undefined;
    }
  }
  return path;
}
