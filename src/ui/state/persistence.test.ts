import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialState } from '../../core/model/state.ts';
import { readSavedWork, saveWork, WORK_FORMAT, WORK_STORAGE_KEY } from './persistence.ts';

/** localStorage as a Map, enough for saveWork. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

describe('saved work', () => {
  it('comes back as it was saved, imported file included', () => {
    const storage = memoryStorage();
    const state = {
      ...initialState(),
      release: 'hub',
      values: { ingress: { enabled: true, hosts: ['a.org'] } },
      imported: { text: '# mine\njupyterhub:\n  ingress: {}\n', wrapperPath: ['jupyterhub'] },
    };
    expect(saveWork(state, storage)).toBe(true);
    const back = readSavedWork(storage.getItem(WORK_STORAGE_KEY));
    expect(back.kind).toBe('ok');
    expect(back.kind === 'ok' && back.state).toEqual(state);
  });

  it('anything else stored is refused with a reason, never thrown', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant(JSON.stringify({ format: WORK_FORMAT + 1, state: {} }))), (raw) => {
        const read = readSavedWork(raw);
        expect(['none', 'ok', 'unusable']).toContain(read.kind);
        if (read.kind === 'unusable') expect(read.reason.length).toBeGreaterThan(0);
      }),
    );
    expect(readSavedWork('{"format":1,"state":{"values":[]}}').kind).toBe('unusable');
    expect(readSavedWork(null).kind).toBe('none');
  });

  it('a browser that refuses to store is reported, not thrown', () => {
    const full = { ...memoryStorage(), setItem: () => { throw new Error('QuotaExceededError'); } } as Storage;
    expect(saveWork(initialState(), full)).toBe(false);
  });
});
