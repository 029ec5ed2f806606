import { decodePermalink, type DecodeResult } from './restore-link.ts';
import { restoreSaved, type SavedWork } from './restore-saved.ts';
import { restoreSnapshots, type RestoredSnapshots } from './restore-snapshots.ts';
import { restoreStepsDone } from './restore-steps-done.ts';
import { restoreText, type ImportOptions } from './restore-text.ts';
import { restoreUndo, type SavedUndo } from './restore-undo.ts';
import type { ImportResult } from './types.ts';

/** Everything that reaches the wizard from outside the page's own edits. */
export type UntrustedInput =
  /** a config.yaml: a file opened or dropped, pasted text, a CLI argument */
  | ({ kind: 'text'; text: string } & ImportOptions)
  /** a share link, whole or just its fragment */
  | { kind: 'link'; link: string }
  /** what this browser's storage held for the saved work */
  | { kind: 'saved'; raw: string | null | undefined }
  /** the earlier setups this browser's storage held */
  | { kind: 'snapshots'; raw: string | null | undefined }
  /** the undo history stored beside the saved work of revision `rev` */
  | { kind: 'undo'; raw: string | null | undefined; rev: string | undefined }
  /** the next steps ticked off */
  | { kind: 'steps-done'; raw: string | null | undefined };

/**
 * The one way in for untrusted input, as excalidraw's `restore`: each kind is read by its reader,
 * then its values go through the same checks (size, depth and count limits, plain data only, no
 * `__proto__` keys), the same unwrap of a parent chart's block and the same upgrade from older
 * charts. Never throws; what is refused changes nothing and says why.
 */
export function restore(input: Extract<UntrustedInput, { kind: 'text' }>): ImportResult;
export function restore(input: Extract<UntrustedInput, { kind: 'link' }>): DecodeResult;
export function restore(input: Extract<UntrustedInput, { kind: 'saved' }>): SavedWork;
export function restore(input: Extract<UntrustedInput, { kind: 'snapshots' }>): RestoredSnapshots;
export function restore(input: Extract<UntrustedInput, { kind: 'undo' }>): SavedUndo;
export function restore(input: Extract<UntrustedInput, { kind: 'steps-done' }>): string[];
export function restore(input: UntrustedInput): ImportResult | DecodeResult | SavedWork | RestoredSnapshots | SavedUndo | string[] {
  switch (input.kind) {
    case 'text': {
      const { text, maxBytes, duplicateKeys, keepWrapper } = input;
      return restoreText(text, { ...(maxBytes !== undefined ? { maxBytes } : {}), ...(duplicateKeys ? { duplicateKeys } : {}), ...(keepWrapper ? { keepWrapper } : {}) });
    }
    case 'link':
      return decodePermalink(input.link);
    case 'saved':
      return restoreSaved(input.raw);
    case 'snapshots':
      return restoreSnapshots(input.raw);
    case 'undo':
      return restoreUndo(input.raw, input.rev);
    case 'steps-done':
      return restoreStepsDone(input.raw);
  }
}
