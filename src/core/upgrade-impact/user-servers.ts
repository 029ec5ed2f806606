import type { Json, JsonObject } from '../model/json.ts';
import { fieldDiff, formatFieldPath } from '../upgrade-diff/field-diff.ts';
import { normalise } from '../upgrade-diff/normalise.ts';
import type { ResourceChange } from '../upgrade-diff/resource-diff.ts';
import { isObject } from '../values/shape.ts';
import type { Impact } from './impact.ts';

/** The values the hub reads (Secret hub's values.yaml, decoded), or undefined. */
export function hubValues(object: JsonObject | undefined): JsonObject | undefined {
  if (!object) return undefined;
  const data = normalise(object).data;
  return isObject(data) && isObject(data['values.yaml']) ? data['values.yaml'] : undefined;
}

/**
 * The hub hands the singleuser settings to each user server when it starts; a server already
 * running keeps what it started with. Each changed setting is named, the image with both images.
 */
export function userServersKeepOld(resources: readonly ResourceChange[]): Impact[] {
  const secret = resources.find((r) => r.change === 'changed' && r.kind === 'Secret' && hubValues(r.after) !== undefined);
  if (!secret) return [];
  const before = hubValues(secret.before)?.singleuser;
  const after = hubValues(secret.after)?.singleuser;
  const settings = [...new Set(fieldDiff(before, after, ['singleuser']).map((f) => formatFieldPath(f.path.slice(0, 2))))];
  if (settings.length === 0) return [];
  const out: Impact[] = [];
  if (settings.includes('singleuser.image')) {
    out.push({
      code: 'user-servers-keep-old',
      severity: 'warning',
      title: 'Running user servers keep the old image until they are restarted',
      reason: `singleuser.image changes from ${imageName(before)} to ${imageName(after)}: servers started from now on get the new image; a running server keeps ${imageName(before)} until its user stops and starts it (or an admin does).`,
    });
  }
  const others = settings.filter((s) => s !== 'singleuser.image');
  if (others.length > 0) {
    out.push({
      code: 'user-servers-keep-old',
      severity: 'info',
      title: 'Running user servers keep their old settings until they are restarted',
      reason: `${others.join(', ')} change${others.length === 1 ? 's' : ''}: the hub applies ${others.length === 1 ? 'it' : 'them'} when a server starts, so servers running now keep what they started with.`,
    });
  }
  return out;
}

function imageName(singleuser: Json | undefined): string {
  const image = isObject(singleuser) && isObject(singleuser.image) ? singleuser.image : {};
  const name = typeof image.name === 'string' ? image.name : '(none)';
  return image.tag === undefined || image.tag === null || image.tag === '' ? name : `${name}:${String(image.tag)}`;
}
