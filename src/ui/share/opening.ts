import { engine } from '../engine/load-engine.ts';
import { initialState, type WizardState } from '../../core/model/state.ts';
import type { SavedUndo } from '../../core/restore/index.ts';
import { localStore, readStored, sessionStore } from '../state/browser-storage.ts';
import { loadSavedText, readSavedWork } from '../state/persistence.ts';
import { loadUndo } from '../state/undo-store.ts';
import { UNSAVED_SESSION_KEY, type KeeperStart } from '../state/work-keeper.ts';
import { isLinkFragment, ownAddress } from './address-bar.ts';
import type { NoticeInput } from './notices.tsx';

/** A setup kept in this browser, as the page found it. */
export interface KeptCopy {
  state: WizardState;
  savedAt?: string;
  /** the undo history saved with it */
  steps: SavedUndo;
}

/**
 * What the admin chooses before the page may replace the saved work:
 * - `link`: a link opened over other saved work (open it, keep mine, or open it beside, in a new tab);
 * - `unsaved`: the address bar holds this tab's newer setup, which the browser refused to save,
 *   and the saved copy is older (after "could not be saved" and a reload).
 */
export type OpeningQuestion =
  | { kind: 'link'; saved: KeptCopy; fragment: string }
  | { kind: 'unsaved'; saved: KeptCopy; since: string };

/** What the page opens with, and what the admin should be told about it. */
export interface Opening {
  state: WizardState;
  /** undo and redo steps around `state` (the history saved with the work) */
  steps?: SavedUndo;
  /** where the state came from; a link's state does not replace the saved work until it is chosen or edited */
  source: 'link' | 'saved' | 'new';
  notices: NoticeInput[];
  /** what the tab's guard over the saved work starts from (work-keeper.ts) */
  slot: KeeperStart;
  /** save `state` at once: a link opened where no work is saved is kept as it is, edited or not */
  saveNow: boolean;
  question?: OpeningQuestion;
}

/** What this browser holds, read when the page opens (parameters of `openWork`, so tests can give their own). */
export interface OpeningContext {
  /** the saved work's text */
  savedText: string | null;
  /** the fragment this tab last put in the address bar */
  ownFragment: string | undefined;
  /** when this tab last failed to save its work (its session storage says so), or undefined */
  unsavedSince: string | undefined;
  /** this tab was opened to show a link beside the saved work (the "open beside" choice) */
  beside: boolean;
  /** the undo steps stored for the saved work of revision `rev` */
  undoFor(rev: string | undefined): SavedUndo;
}

/** A tab opened by "open beside" carries this prefix in its window name (also across its reloads). */
export const BESIDE_WINDOW_NAME = 'z2jh-wizard-beside';

export const LINK_NOTICE_TAG = 'opened-link';

export function browserContext(): OpeningContext {
  return {
    savedText: loadSavedText(),
    ownFragment: ownAddress(),
    unsavedSince: readStored(UNSAVED_SESSION_KEY, sessionStore()) ?? undefined,
    beside: typeof window !== 'undefined' && window.name.startsWith(BESIDE_WINDOW_NAME),
    undoFor: (rev) => loadUndo(rev, localStore()),
  };
}

/**
 * A link in the address wins over the work saved in this browser, but never replaces it unasked;
 * a link that cannot be opened leaves the saved work as it is. When the link is the saved work's
 * own (the address bar follows the work, and this tab wrote it), the saved work is used: it also
 * keeps the imported file and any secrets, and is never older than the address, unless this tab's
 * last save failed: then the address is newer, and the admin is asked which copy to keep.
 */
export function openWork(url: string, context: OpeningContext = browserContext()): Opening {
  const { savedText, ownFragment, unsavedSince } = context;
  const saved = readSavedWork(savedText);
  const notices: NoticeInput[] = [];
  if (saved.kind === 'unusable') {
    notices.push({
      kind: 'info',
      text: `Work saved in this browser earlier could not be restored (${saved.reason}), so it was left out.`,
    });
  }
  if (saved.kind === 'ok') for (const text of saved.notices ?? []) notices.push({ kind: 'info', text });
  const kept: KeptCopy | undefined =
    saved.kind === 'ok' ? { state: saved.state, steps: context.undoFor(saved.rev), ...(saved.savedAt ? { savedAt: saved.savedAt } : {}) } : undefined;
  // The state the page opens with is not saved again: what is stored (even unreadable) stays until an edit.
  const ownWork = (): Opening => {
    if (kept) return { state: kept.state, steps: kept.steps, source: 'saved', notices, slot: { seen: savedText, adopted: true, opened: kept.state }, saveNow: false };
    const fresh = initialState();
    return { state: fresh, source: 'new', notices, slot: { seen: savedText, adopted: true, opened: fresh }, saveNow: false };
  };

  const fragment = fragmentOf(url);
  if (!isLinkFragment(fragment)) return ownWork(); // none, or an in-page anchor (#preview)
  if (kept && (isLinkOf(fragment, kept.state) || (fragment === ownFragment && unsavedSince === undefined))) return ownWork();

  // main.tsx loads the engine before this runs when the address holds a link.
  const decoded = engine().restore({ kind: 'link', link: fragment });
  if (!decoded.ok) {
    notices.push({
      kind: 'error',
      title: 'This link could not be opened.',
      text: `${decoded.error.message} ${kept ? 'Your saved work is shown instead, unchanged.' : 'A new setup is shown instead.'}`,
    });
    return ownWork();
  }
  for (const warning of decoded.warnings) notices.push({ kind: 'info', text: warning });
  // The link is the Changes view's baseline, as it came. Code it carries waits for the admin's review (code-review/); images the saved work uses
  // are not asked about. This tab's own newer copy (its save failed) is the admin's own work.
  const ownNewer = fragment === ownFragment && unsavedSince !== undefined;
  const linked = engine().withLinkBaseline(decoded.state);
  const state = ownNewer ? linked : engine().holdForReview(linked, kept?.state);
  if (!kept) {
    // Nothing saved to lose: the link's setup is the work from now on, edited or not.
    return { state, source: 'link', notices, slot: { seen: savedText, adopted: true, opened: undefined }, saveNow: saved.kind === 'none' };
  }
  const aside = { seen: savedText, adopted: false, opened: state } as const;
  if (ownNewer) {
    return { state, source: 'link', notices, slot: { ...aside, setAsideAs: 'older-copy' }, saveNow: false, question: { kind: 'unsaved', saved: kept, since: unsavedSince } };
  }
  if (context.beside) {
    notices.push({
      kind: 'info',
      tag: LINK_NOTICE_TAG,
      text: 'This tab shows the link beside your work in the other tab. Once you change something here, this setup becomes the work saved in this browser, and the one it replaces is kept under Earlier setups.',
    });
    return { state, source: 'link', notices, slot: aside, saveNow: false };
  }
  notices.push({
    kind: 'info',
    tag: LINK_NOTICE_TAG,
    text: 'This page shows the setup from the link. The work you had saved in this browser is unchanged until you choose which to keep.',
  });
  return { state, source: 'link', notices, slot: aside, saveNow: false, question: { kind: 'link', saved: kept, fragment } };
}

/** Whether `fragment` is the link of `state`, or of what it came from (with the code it still holds back for review). */
function isLinkOf(fragment: string, state: WizardState): boolean {
  const { encodePermalink, acceptAllCode } = engine();
  const arrived = state.review ? acceptAllCode(state) : state;
  return [state, arrived].some((s) => fragment === encodePermalink(s).fragment || fragment === encodePermalink(s, { includeSecrets: true }).fragment);
}

/** What is after `#` in a page address. */
export function fragmentOf(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? '' : url.slice(hash + 1);
}
