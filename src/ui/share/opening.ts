import { engine } from '../engine/load-engine.ts';
import { initialState, type WizardState } from '../../core/model/state.ts';
import { loadSavedWork, type SavedWork } from '../state/persistence.ts';
import { isLinkFragment, ownAddress } from './address-bar.ts';
import type { NoticeInput } from './notices.tsx';

/** What the page opens with, and what the admin should be told about it. */
export interface Opening {
  state: WizardState;
  /** where the state came from; a link's state does not replace the saved work until it is edited */
  source: 'link' | 'saved' | 'new';
  notices: NoticeInput[];
}

/**
 * A link in the address wins over the work saved in this browser; a link that cannot be opened
 * leaves the saved work as it is. When the link is the saved work's own (the address bar follows
 * the work, and this tab wrote it), the saved work is used: it also keeps the imported file and
 * any secrets, and is never older than the address.
 */
export function openWork(url: string, saved: SavedWork = loadSavedWork(), ownFragment: string | undefined = ownAddress()): Opening {
  const notices: NoticeInput[] = [];
  if (saved.kind === 'unusable') {
    notices.push({
      kind: 'info',
      text: `Work saved in this browser earlier could not be restored (${saved.reason}), so it was left out.`,
    });
  }
  if (saved.kind === 'ok') for (const text of saved.notices ?? []) notices.push({ kind: 'info', text });
  const savedState = saved.kind === 'ok' ? saved.state : undefined;
  const fallback = (): Opening => ({ state: savedState ?? initialState(), source: savedState ? 'saved' : 'new', notices });

  const fragment = fragmentOf(url);
  if (!isLinkFragment(fragment)) return fallback(); // none, or an in-page anchor (#preview)
  if (savedState && (fragment === ownFragment || isLinkOf(fragment, savedState))) return { state: savedState, source: 'saved', notices };

  // main.tsx loads the engine before this runs when the address holds a link.
  const decoded = engine().restore({ kind: 'link', link: fragment });
  if (!decoded.ok) {
    notices.push({
      kind: 'error',
      title: 'This link could not be opened.',
      text: `${decoded.error.message} ${savedState ? 'Your saved work is shown instead, unchanged.' : 'A new setup is shown instead.'}`,
    });
    return fallback();
  }
  for (const warning of decoded.warnings) notices.push({ kind: 'info', text: warning });
  if (savedState) {
    notices.push({
      kind: 'info',
      text: 'This page shows the setup from the link. The work you had saved in this browser is kept until you change something here; open the wizard without the link (the part after #) to go back to it.',
    });
  }
  return { state: decoded.state, source: 'link', notices };
}

function isLinkOf(fragment: string, state: WizardState): boolean {
  const { encodePermalink } = engine();
  return fragment === encodePermalink(state).fragment || fragment === encodePermalink(state, { includeSecrets: true }).fragment;
}

/** What is after `#` in a page address. */
export function fragmentOf(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? '' : url.slice(hash + 1);
}
