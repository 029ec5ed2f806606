import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialState, type WizardState } from '../model/state.ts';
import { restoreSnapshots, snapshotsText } from '../restore/restore-snapshots.ts';
import { addSnapshot, removeSnapshot, type Snapshot } from './snapshots.ts';

const setup = (n: number): WizardState => ({ ...initialState(), values: { hub: { concurrentSpawnLimit: n } } });
const snap = (id: string, n: number, reason: Snapshot['reason'] = 'link'): Snapshot => ({ id, savedAt: '2026-01-01T10:00:00.000Z', reason, state: setup(n) });

describe('the list of earlier setups', () => {
  it('puts the newest first, replaces an entry of the same id and keeps one setup once', () => {
    let list = addSnapshot([], snap('a', 1));
    list = addSnapshot(list, snap('b', 2));
    expect(list.map((s) => s.id)).toEqual(['b', 'a']);
    list = addSnapshot(list, snap('a', 3, 'held'));
    expect(list.map((s) => [s.id, s.state.values])).toEqual([['a', setup(3).values], ['b', setup(2).values]]);
    list = addSnapshot(list, snap('c', 2));
    expect(list.map((s) => s.id)).toEqual(['c', 'a']);
    expect(removeSnapshot(list, 'c').map((s) => s.id)).toEqual(['a']);
  });

  it('drops the oldest beyond the count and the size, and always keeps the new entry', () => {
    let list: Snapshot[] = [];
    for (let i = 0; i < 15; i++) list = addSnapshot(list, snap(`s${i}`, i), { maxCount: 4, maxChars: 1e9 });
    expect(list.map((s) => s.id)).toEqual(['s14', 's13', 's12', 's11']);
    const size = JSON.stringify(snap('s1', 1)).length;
    list = addSnapshot(list, snap('big', 99), { maxCount: 10, maxChars: size * 2 + 5 });
    expect(list.map((s) => s.id)).toEqual(['big', 's14']);
    expect(addSnapshot(list, snap('huge', 100), { maxCount: 10, maxChars: 1 }).map((s) => s.id)).toEqual(['huge']);
  });

  it('reads back what it stored, imported file included', () => {
    const withFile: Snapshot = { ...snap('x', 1), state: { ...setup(1), imported: { text: '# mine\nhub: {}\n', wrapperPath: [] } } };
    const list = [withFile, snap('y', 2, 'other-tab')];
    expect(restoreSnapshots(snapshotsText(list))).toEqual({ snapshots: list, leftOut: 0 });
  });

  it('leaves out entries that do not read, keeps the others, and never throws', () => {
    const good = snap('ok', 1);
    const raw = JSON.stringify({
      format: 1,
      snapshots: [good, { ...good, id: 'bad id!' }, { ...good, id: 'r', reason: 'whim' }, { ...good, id: 'v', state: { ...good.state, values: [] } }, good, 7],
    });
    expect(restoreSnapshots(raw)).toEqual({ snapshots: [good], leftOut: 5 });
    expect(restoreSnapshots('{"format":2,"snapshots":[]}')).toEqual({ snapshots: [], leftOut: 1 });
    expect(restoreSnapshots(null)).toEqual({ snapshots: [], leftOut: 0 });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const read = restoreSnapshots(text);
        expect(Array.isArray(read.snapshots)).toBe(true);
      }),
    );
  });
});
