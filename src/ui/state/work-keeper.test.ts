import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../engine/load-engine.ts';
import { initialState, type WizardState } from '../../core/model/state.ts';
import { savedWorkText } from '../../core/restore/index.ts';
import { loadSavedWork, WORK_STORAGE_KEY } from './persistence.ts';
import { loadSnapshots } from './snapshot-store.ts';
import { loadUndo } from './undo-store.ts';
import { UNSAVED_SESSION_KEY, WorkKeeper, type KeeperStart } from './work-keeper.ts';

// the page reads stored work through the engine's full restore (main.tsx loads it first)
beforeAll(async () => {
  await loadEngine();
}, 60_000);

/** localStorage as a Map; `full` makes every write refused, as a browser with no room left. */
function memoryStorage(): Storage & { full: boolean } {
  const map = new Map<string, string>();
  return {
    full: false,
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem(k, v) {
      if (this.full) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, String(v));
    },
  };
}

const setup = (n: number): WizardState => ({ ...initialState(), values: { hub: { concurrentSpawnLimit: n } } });
const none = { past: [], future: [] };
let ids = 0;

/** A tab: its keeper over the shared `local` storage, with its own session storage. */
function tab(local: Storage, start: Partial<KeeperStart> = {}) {
  const session = memoryStorage();
  const keeper = new WorkKeeper(
    { seen: local.getItem(WORK_STORAGE_KEY), adopted: true, opened: undefined, ...start },
    { local: () => local, session: () => session, now: () => '2026-01-01T10:00:00.000Z', newId: () => `id${++ids}` },
  );
  return { keeper, session };
}

const savedState = (local: Storage) => {
  const work = loadSavedWork(local);
  return work.kind === 'ok' ? work.state : undefined;
};

describe("a tab's guard over the saved work", () => {
  it('saves its own work with its undo steps, and nothing twice', () => {
    const local = memoryStorage();
    const { keeper } = tab(local);
    expect(keeper.save(setup(1), none)).toBe('saved');
    const past = [setup(1)];
    const state = setup(2);
    expect(keeper.save(state, { past, future: [] })).toBe('saved');
    expect(keeper.save(state, { past, future: [] })).toBe('unchanged');
    const work = loadSavedWork(local);
    expect(work.kind === 'ok' && work.state).toEqual(setup(2));
    expect(loadUndo(work.kind === 'ok' ? work.rev : undefined, local).past).toEqual(past);
  });

  it('never writes over work another tab saved since: holds this tab’s changes aside and says so', () => {
    const local = memoryStorage();
    const a = tab(local);
    const b = tab(local);
    expect(a.keeper.save(setup(1), none)).toBe('saved');
    let told = 0;
    b.keeper.subscribe(() => told++);
    expect(b.keeper.save(setup(2), none)).toBe('held');
    expect(savedState(local)).toEqual(setup(1));
    expect(told).toBe(1);
    expect(b.keeper.otherTab()?.work.state).toEqual(setup(1));
    expect(loadSnapshots(local).map((s) => [s.reason, s.state])).toEqual([['held', setup(2)]]);
    // further changes replace the held entry, never the slot
    expect(b.keeper.save(setup(3), none)).toBe('held');
    expect(loadSnapshots(local).map((s) => [s.reason, s.state])).toEqual([['held', setup(3)]]);
    expect(savedState(local)).toEqual(setup(1));
  });

  it('keep mine: the other tab’s work is kept aside, then this tab’s saved', () => {
    const local = memoryStorage();
    const a = tab(local);
    const b = tab(local);
    a.keeper.save(setup(1), none);
    b.keeper.save(setup(2), none);
    expect(b.keeper.keepMine(setup(2), none)).toBe('saved');
    expect(savedState(local)).toEqual(setup(2));
    expect(b.keeper.otherTab()).toBeUndefined();
    expect(loadSnapshots(local).map((s) => [s.reason, s.state])).toEqual([['other-tab', setup(1)]]);
    // and now tab A is the one behind
    expect(a.keeper.save(setup(4), none)).toBe('held');
  });

  it('load theirs: this tab’s work is kept aside, theirs shown, and not written again', () => {
    const local = memoryStorage();
    const a = tab(local);
    const b = tab(local);
    a.keeper.save(setup(1), none);
    b.keeper.slotChanged(local.getItem(WORK_STORAGE_KEY), setup(9));
    expect(b.keeper.otherTab()?.work.state).toEqual(setup(1));
    const theirs = b.keeper.takeTheirs(setup(9))!;
    expect(theirs).toEqual(setup(1));
    expect(b.keeper.save(theirs, none)).toBe('unchanged');
    expect(loadSnapshots(local).map((s) => [s.reason, s.state])).toEqual([['this-tab', setup(9)]]);
    expect(b.keeper.save(setup(5), none)).toBe('saved');
  });

  it('another tab saving the same setup is taken up without a word', () => {
    const local = memoryStorage();
    const a = tab(local);
    const b = tab(local);
    a.keeper.save(setup(1), none);
    b.keeper.slotChanged(local.getItem(WORK_STORAGE_KEY), setup(1));
    expect(b.keeper.otherTab()).toBeUndefined();
    expect(b.keeper.save(setup(2), none)).toBe('saved');
  });

  it('a tab that showed a link beside the saved work keeps that work aside before its first save', () => {
    const local = memoryStorage();
    local.setItem(WORK_STORAGE_KEY, savedWorkText(setup(1), 'then', 'r0'));
    const opened = setup(7);
    const link = tab(local, { adopted: false, opened });
    expect(link.keeper.save(opened, none)).toBe('unchanged');
    expect(link.keeper.save(setup(8), none)).toBe('saved');
    expect(savedState(local)).toEqual(setup(8));
    expect(loadSnapshots(local).map((s) => [s.reason, s.state])).toEqual([['link', setup(1)]]);
  });

  it('when the browser refuses: nothing written over, the failure remembered for the next opening', () => {
    const local = memoryStorage();
    local.setItem(WORK_STORAGE_KEY, savedWorkText(setup(1), 'then', 'r0'));
    const t = tab(local, { adopted: false, opened: setup(7) });
    local.full = true;
    expect(t.keeper.save(setup(8), none)).toBe('failed');
    expect(savedState(local)).toEqual(setup(1));
    expect(t.session.getItem(UNSAVED_SESSION_KEY)).not.toBeNull();
    local.full = false;
    expect(t.keeper.save(setup(8), none)).toBe('saved');
    expect(t.session.getItem(UNSAVED_SESSION_KEY)).toBeNull();
  });

  it('the undo history gives its room to the work', () => {
    const local = memoryStorage();
    const { keeper } = tab(local);
    keeper.save(setup(1), { past: [setup(0)], future: [] });
    const setItem = local.setItem.bind(local);
    // room for the work only once the undo history is gone
    local.setItem = (k, v) => {
      if (k === WORK_STORAGE_KEY && local.getItem('z2jh-wizard:undo') !== null) throw new DOMException('full', 'QuotaExceededError');
      setItem(k, v);
    };
    expect(keeper.save(setup(2), none)).toBe('saved');
    expect(savedState(local)).toEqual(setup(2));
  });
});
