import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { writeConfig } from '../config/write-config-for-state.ts';
import { initialState, type Update, type WizardState } from '../model/state.ts';
import { setValue } from '../model/updates.ts';
import { validateState } from '../validate/index.ts';
import { STORAGE_PATHS, parseCapacity, parseMountPath, setStorageType, storageType } from './storage.ts';

const run = (...updates: Update[]): WizardState => updates.reduce((s, u) => u(s), initialState());
const golden = (name: string) => parse(readFileSync(new URL(`../../../test/golden/configs/${name}.yaml`, import.meta.url), 'utf8'));
const volumes = (g: { singleuser: { storage: Record<string, unknown> } }) => [setValue(STORAGE_PATHS.extraVolumes, g.singleuser.storage.extraVolumes as never), setValue(STORAGE_PATHS.extraVolumeMounts, g.singleuser.storage.extraVolumeMounts as never)];

describe('storage', () => {
  it('dynamic is the default; capacity and class as golden 47-storage-dynamic-class', () => {
    expect(storageType(initialState())).toBe('dynamic');
    const g = golden('47-storage-dynamic-class');
    const s = run(setStorageType('dynamic'), setValue(STORAGE_PATHS.capacity, '20Gi'), setValue(STORAGE_PATHS.storageClass, 'fast-ssd'), ...volumes(g));
    expect(parse(writeConfig(s))).toEqual(g);
  });

  it('static with a PVC and sub-path as golden 46-storage-static; without a PVC name, an error', () => {
    const g = golden('46-storage-static');
    let s = run(setValue(STORAGE_PATHS.capacity, '5Gi'), setStorageType('static'));
    expect(validateState(s).filter((p) => p.code === 'storage-static-without-pvc').map((p) => p.path.join('.'))).toEqual(['singleuser.storage.static.pvcName']);
    s = run(setValue(STORAGE_PATHS.capacity, '5Gi'), setStorageType('static'), setValue(STORAGE_PATHS.pvcName, 'shared-home'), setValue(STORAGE_PATHS.subPath, 'home/{username}'),
      setValue(STORAGE_PATHS.homeMountPath, '/home/jovyan/work'), ...volumes(g));
    expect(parse(writeConfig(s))).toEqual(g);
    expect(validateState(s).filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('switching type drops what only the other type reads', () => {
    const s = run(setStorageType('static'), setValue(STORAGE_PATHS.pvcName, 'p'), setStorageType('dynamic'), setValue(STORAGE_PATHS.storageClass, 'c'), setStorageType('none'));
    expect(s.values).toEqual({ singleuser: { storage: { type: 'none' } } });
  });

  it('capacity is a quantity, the mount path absolute', () => {
    expect(parseCapacity('10Gi')).toEqual({ ok: true, value: '10Gi' });
    expect(parseCapacity('10 GB').ok).toBe(false);
    expect(parseCapacity('0Gi').ok).toBe(false);
    expect(parseMountPath('home').ok).toBe(false);
    expect(parseMountPath('/home/jovyan')).toEqual({ ok: true, value: '/home/jovyan' });
  });
});
