import type { Path } from '../model/json.ts';
import type { Update, WizardState } from '../model/state.ts';
import { effective, withValue } from '../model/updates.ts';
import type { Parsed } from './resources.ts';

/**
 * Where users' home directories live (`singleuser.storage`): a PVC per user made by a storage class
 * (dynamic), one existing PVC shared with a sub-path per user (static), or nothing kept (none).
 */
export type StorageType = 'dynamic' | 'static' | 'none';

export const STORAGE_PATHS = {
  type: ['singleuser', 'storage', 'type'],
  capacity: ['singleuser', 'storage', 'capacity'],
  homeMountPath: ['singleuser', 'storage', 'homeMountPath'],
  storageClass: ['singleuser', 'storage', 'dynamic', 'storageClass'],
  pvcName: ['singleuser', 'storage', 'static', 'pvcName'],
  subPath: ['singleuser', 'storage', 'static', 'subPath'],
  extraVolumes: ['singleuser', 'storage', 'extraVolumes'],
  extraVolumeMounts: ['singleuser', 'storage', 'extraVolumeMounts'],
} as const satisfies Record<string, Path>;

export function storageType(state: WizardState): StorageType {
  const t = effective(state, STORAGE_PATHS.type);
  return t === 'static' || t === 'none' ? t : 'dynamic';
}

/** The settings that mean something for one storage type only. */
const ONLY_FOR: Record<StorageType, readonly Path[]> = {
  dynamic: [STORAGE_PATHS.capacity, STORAGE_PATHS.storageClass],
  static: [STORAGE_PATHS.pvcName, STORAGE_PATHS.subPath],
  none: [],
};

/** Switches the type and drops the settings only the other types read, so none linger unused. */
export function setStorageType(type: StorageType): Update {
  return (state) => {
    let next = withValue(state, STORAGE_PATHS.type, type);
    for (const other of ['dynamic', 'static'] as const) if (other !== type) for (const path of ONLY_FOR[other]) next = withValue(next, path, undefined);
    if (type === 'none') next = withValue(next, STORAGE_PATHS.homeMountPath, undefined);
    return next;
  };
}

/** A Kubernetes quantity of storage (`10Gi`, `500Mi`, `1T`); empty clears it. */
export function parseCapacity(text: string): Parsed {
  const t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  if (!/^\d+(\.\d+)?([KMGTPE]i?|[kmgtpe])?$/.test(t) || /^0+(\.0+)?[A-Za-z]*$/.test(t)) {
    return { ok: false, message: `"${t}" is not an amount of storage: write e.g. 10Gi or 500Mi.` };
  }
  return { ok: true, value: t };
}

/** An absolute path in the container (`/home/jovyan`). */
export function parseMountPath(text: string): Parsed {
  const t = text.trim();
  if (t === '') return { ok: true, value: undefined };
  return t.startsWith('/') ? { ok: true, value: t } : { ok: false, message: `A mount path is absolute: write e.g. /home/jovyan (not "${t}").` };
}
