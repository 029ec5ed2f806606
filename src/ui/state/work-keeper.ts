import { deepEqual } from '../../core/model/json.ts';
import type { WizardState } from '../../core/model/state.ts';
// read lightly (no YAML reader, no upgrade): the page decides at once; a setup it takes up is restored in full first
import { readSavedWork, savedWorkText, type SavedWork } from '../../core/saved/saved-state.ts';
import { decideWrite } from '../../core/saved/slot-guard.ts';
import type { SnapshotReason } from '../../core/saved/snapshots.ts';
import type { UndoSteps } from '../../core/saved/undo-record.ts';
import { readStored, writeStored } from './browser-storage.ts';
import { WORK_STORAGE_KEY } from './persistence.ts';
import { dropSnapshot, keepSnapshot } from './snapshot-store.ts';
import { clearUndo, saveUndo } from './undo-store.ts';

/** Set in this tab's session storage while its work could not be saved (read at the next opening). */
export const UNSAVED_SESSION_KEY = 'z2jh-wizard:unsaved';

export type SavedOk = Extract<SavedWork, { kind: 'ok' }>;

/** Work another tab saved in this browser after this tab last saw the saved work. */
export interface OtherTabWork {
  raw: string;
  work: SavedOk;
}

export type SaveOutcome = 'saved' | 'unchanged' | 'held' | 'failed';

export interface KeeperStart {
  /** the saved work's text when the page opened (null: none) */
  seen: string | null;
  /** whether the page opened with that work (false: a link or the address shown beside it) */
  adopted: boolean;
  /** the state the page opened with, already saved (unless it is to be saved at once) */
  opened: WizardState | undefined;
  /** why the saved work is set aside when this tab, not having taken it up, first saves over it */
  setAsideAs?: SnapshotReason;
}

export interface KeeperDeps {
  local(): Storage | undefined;
  session(): Storage | undefined;
  now(): string;
  newId(): string;
}

/**
 * This tab's guard over the work saved in the browser, one slot that every tab of the site shares.
 * It writes the slot only over this tab's own work (core/saved/slot-guard.ts); when another tab
 * saved work this tab has not seen, it holds: this tab's changes go to the earlier setups instead,
 * and the admin is asked which to keep (`otherTab`). Whatever leaves the slot is kept as an earlier
 * setup first; if that cannot be stored, the slot is not written.
 */
export class WorkKeeper {
  private seen: string | null;
  private adopted: boolean;
  private lastSaved: WizardState | undefined;
  private other: OtherTabWork | undefined;
  private unsavedMarked: boolean;
  private readonly setAsideAs: SnapshotReason;
  private readonly tabId: string;
  private readonly undoCache = new WeakMap<WizardState, string>();
  private readonly listeners = new Set<() => void>();

  constructor(start: KeeperStart, private readonly deps: KeeperDeps) {
    this.seen = start.seen;
    this.adopted = start.adopted;
    this.lastSaved = start.opened;
    this.setAsideAs = start.setAsideAs ?? 'link';
    this.tabId = deps.newId();
    this.unsavedMarked = readStored(UNSAVED_SESSION_KEY, deps.session()) !== null;
  }

  /** Another tab's unseen work in the slot, while the admin has not chosen. */
  otherTab(): OtherTabWork | undefined {
    return this.other;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Saves the work and its undo steps, unless that would write over another tab's unseen work. */
  save(state: WizardState, steps: UndoSteps): SaveOutcome {
    if (state === this.lastSaved) return 'unchanged';
    const storage = this.deps.local();
    if (!storage) return this.failed();
    if (this.other) return this.hold(state);
    const stored = readStored(WORK_STORAGE_KEY, storage);
    const own = stored === this.seen && this.adopted;
    const storedWork = own || stored === null ? undefined : readWork(stored);
    const decision = decideWrite({ stored, seen: this.seen, adopted: this.adopted, storedIsWork: own || storedWork !== undefined });
    if (decision === 'hold') {
      this.other = { raw: stored!, work: storedWork! };
      this.changed();
      return this.hold(state);
    }
    if (decision === 'keep-then-write' && storedWork && !this.setAside(storedWork.state, this.setAsideAs)) return this.failed();
    return this.write(state, steps);
  }

  /** Saves the state the admin just chose (a link over the saved work, the newer copy), even if the page opened with it. */
  saveChosen(state: WizardState, steps: UndoSteps): SaveOutcome {
    this.lastSaved = undefined;
    return this.save(state, steps);
  }

  /** The admin keeps this tab's work: the other tab's is kept as an earlier setup, then this one saved. */
  keepMine(state: WizardState, steps: UndoSteps): SaveOutcome {
    const other = this.other;
    if (other && !this.setAside(other.work.state, 'other-tab')) return this.failed();
    this.other = undefined;
    this.changed();
    this.lastSaved = undefined;
    return this.write(state, steps);
  }

  /**
   * The admin loads the other tab's work: this tab's (`current`) stays among the earlier setups.
   * Returns the state to show, already the saved work.
   */
  takeTheirs(current: WizardState): WizardState | undefined {
    const other = this.other;
    if (!other) return undefined;
    if (!deepEqual(current, other.work.state) && !this.setAside(current, 'this-tab')) return undefined;
    dropSnapshot(this.heldId(), this.deps.local());
    this.other = undefined;
    this.seen = other.raw;
    this.adopted = true;
    this.lastSaved = other.work.state;
    this.changed();
    return other.work.state;
  }

  /** This tab takes up the saved work as it is (the admin kept it over a link): nothing to write. */
  adopt(state: WizardState): void {
    this.adopted = true;
    this.lastSaved = state;
  }

  /** Keeps `state` among the earlier setups (before an import, New …); false when storage refused. */
  setAside(state: WizardState, reason: SnapshotReason): boolean {
    return keepSnapshot({ id: `${reason}-${this.deps.newId()}`, savedAt: this.deps.now(), reason, state }, this.deps.local());
  }

  /**
   * Another tab changed the slot (a `storage` event): the same setup as this tab's is taken up
   * silently; other work is held against, and the admin told.
   */
  slotChanged(raw: string | null, current: WizardState): void {
    if (raw === this.seen) return;
    if (raw === null) {
      // emptied (another tab or the browser's settings): nothing there to keep
      this.seen = null;
      if (this.other) {
        this.other = undefined;
        this.changed();
      }
      return;
    }
    const work = readWork(raw);
    if (!work) return;
    if (deepEqual(work.state, current)) {
      this.seen = raw;
      this.other = undefined;
      this.changed();
      return;
    }
    this.other = { raw, work };
    this.changed();
  }

  private write(state: WizardState, steps: UndoSteps): SaveOutcome {
    const storage = this.deps.local();
    const savedAt = this.deps.now();
    const rev = this.deps.newId();
    const text = savedWorkText(state, savedAt, rev);
    let ok = writeStored(WORK_STORAGE_KEY, text, storage);
    if (!ok) {
      // the undo history gives its room to the work
      clearUndo(storage);
      ok = writeStored(WORK_STORAGE_KEY, text, storage);
    }
    if (!ok) return this.failed();
    this.seen = text;
    this.adopted = true;
    this.lastSaved = state;
    dropSnapshot(this.heldId(), storage);
    saveUndo(steps, rev, savedAt, this.undoCache, storage);
    this.markUnsaved(false);
    return 'saved';
  }

  /** Keeps this tab's changes among the earlier setups (one entry, replaced) instead of the slot. */
  private hold(state: WizardState): SaveOutcome {
    const kept = keepSnapshot({ id: this.heldId(), savedAt: this.deps.now(), reason: 'held', state }, this.deps.local());
    if (!kept) return this.failed();
    this.lastSaved = state;
    return 'held';
  }

  private failed(): SaveOutcome {
    this.markUnsaved(true);
    return 'failed';
  }

  private markUnsaved(unsaved: boolean): void {
    if (unsaved === this.unsavedMarked) return;
    this.unsavedMarked = unsaved;
    writeStored(UNSAVED_SESSION_KEY, unsaved ? this.deps.now() : null, this.deps.session());
  }

  private heldId(): string {
    return `held-${this.tabId}`;
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

function readWork(raw: string): SavedOk | undefined {
  const work = readSavedWork(raw);
  return work.kind === 'ok' ? work : undefined;
}
