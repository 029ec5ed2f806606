import { decodePermalink, type DecodeResult } from './restore-link.ts';
import { restoreSaved, type SavedWork } from './restore-saved.ts';
import { restoreText, type ImportOptions } from './restore-text.ts';
import type { ImportResult } from './types.ts';

/** Everything that reaches the wizard from outside the page's own edits. */
export type UntrustedInput =
  /** a config.yaml: a file opened or dropped, pasted text, a CLI argument */
  | ({ kind: 'text'; text: string } & ImportOptions)
  /** a share link, whole or just its fragment */
  | { kind: 'link'; link: string }
  /** what this browser's storage held for the saved work */
  | { kind: 'saved'; raw: string | null | undefined };

/**
 * The one way in for untrusted input, as excalidraw's `restore`: each kind is read by its reader,
 * then its values go through the same checks (size, depth and count limits, plain data only, no
 * `__proto__` keys), the same unwrap of a parent chart's block and the same upgrade from older
 * charts. Never throws; what is refused changes nothing and says why.
 */
export function restore(input: Extract<UntrustedInput, { kind: 'text' }>): ImportResult;
export function restore(input: Extract<UntrustedInput, { kind: 'link' }>): DecodeResult;
export function restore(input: Extract<UntrustedInput, { kind: 'saved' }>): SavedWork;
export function restore(input: UntrustedInput): ImportResult | DecodeResult | SavedWork {
  switch (input.kind) {
    case 'text': {
      const { text, maxBytes, duplicateKeys } = input;
      return restoreText(text, { ...(maxBytes !== undefined ? { maxBytes } : {}), ...(duplicateKeys ? { duplicateKeys } : {}) });
    }
    case 'link':
      return decodePermalink(input.link);
    case 'saved':
      return restoreSaved(input.raw);
  }
}
