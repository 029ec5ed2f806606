export { addSnapshot, isBlankSetup, removeSnapshot, SNAPSHOT_LIMITS, SNAPSHOT_REASONS, type Snapshot, type SnapshotLimits, type SnapshotReason } from './snapshots.ts';
export { decideWrite, type SlotDecision, type SlotView } from './slot-guard.ts';
export { undoRecordText, UNDO_LIMITS, type StateTextCache, type UndoLimits, type UndoSteps } from './undo-record.ts';
export { describeSetup } from './describe.ts';
