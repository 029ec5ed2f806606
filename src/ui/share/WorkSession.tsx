import { Suspense, useCallback, useState, type ReactNode } from 'react';
import type { WizardState } from '../../core/model/state.ts';
import { engine } from '../engine/load-engine.ts';
import { randomId } from '../state/random-id.ts';
import { useStateGetter, useWizardActions } from '../state/wizard-context.tsx';
import { isBlank, useWorkKeeping, WorkKeepingProvider } from '../state/work-keeping.tsx';
import { DropImport } from '../import/DropImport.tsx';
import { linkFor, rememberedState, showInAddressBar, useAddressBarFollowsWork, useAddressBarNavigation } from './address-bar.ts';
import { NoticesProvider, useNotices } from './notices.tsx';
import { OpeningDialog } from '../lazy-later.ts';
import type { CopyChoice, LinkChoice } from './OpeningDialog.tsx';
import { BESIDE_WINDOW_NAME, LINK_NOTICE_TAG, type Opening, type OpeningQuestion } from './opening.ts';

export const SAVE_FAILED_TAG = 'save-failed';

/**
 * What keeps the work safe and shareable around the app: the notices, the saving in this browser
 * (work-keeping.tsx), the address bar that follows the work, Back/Forward between shared setups,
 * the question before a link replaces the work, and importing by dropping a file.
 */
export function WorkSession({ opening, children }: { opening: Opening; children: ReactNode }) {
  return (
    <NoticesProvider initial={opening.notices}>
      <Keeping opening={opening}>
        <SessionEffects opening={opening} />
        {children}
        <DropImport />
      </Keeping>
    </NoticesProvider>
  );
}

function Keeping({ opening, children }: { opening: Opening; children: ReactNode }) {
  const { notify } = useNotices();
  const onFailure = useCallback(
    () =>
      notify({
        kind: 'error',
        tag: SAVE_FAILED_TAG,
        title: 'Your work could not be saved in this browser.',
        text: 'The browser refused to store it (storage full or turned off). The address bar holds this setup without its secrets, and after a reload the page says which copy is which. Download config.yaml to keep it all.',
      }),
    [notify],
  );
  return (
    <WorkKeepingProvider start={opening.slot} saveAtOnce={opening.saveNow} onFailure={onFailure}>
      {children}
    </WorkKeepingProvider>
  );
}

/** A question waiting for the admin: the setup the address holds, and whether the page opened with it. */
interface Pending {
  question: OpeningQuestion;
  shown: WizardState;
  arrived: boolean;
}

function SessionEffects({ opening }: { opening: Opening }) {
  // follows the work without re-rendering on each edit
  const { apply, load } = useWizardActions();
  const current = useStateGetter();
  const { notify, dismissTag } = useNotices();
  const keeping = useWorkKeeping();
  const [pending, setPending] = useState<Pending | undefined>(() => (opening.question ? { question: opening.question, shown: opening.state, arrived: true } : undefined));
  useAddressBarFollowsWork(opening.state);

  const openFragment = useCallback(
    (fragment: string): boolean => {
      const known = rememberedState(fragment);
      if (known) {
        // Back or Forward between this session's shared setups: one undoable step
        apply(() => known);
        return true;
      }
      // called by useAddressBarNavigation once the engine has loaded
      const decoded = engine().restore({ kind: 'link', link: fragment });
      if (!decoded.ok) {
        notify({ kind: 'error', title: 'This link could not be opened.', text: `${decoded.error.message} Your work is unchanged.` }, ['error']);
        return false;
      }
      for (const warning of decoded.warnings) notify({ kind: 'info', text: warning });
      const mine = current();
      // the link is the Changes view's baseline, as it came; the code it carries waits for review; the images the work uses are not asked about
      const shown = engine().holdForReview(engine().withLinkBaseline(decoded.state), mine);
      if (isBlank(mine)) {
        apply(() => shown);
        return true;
      }
      // another link typed or pasted into the address bar: ask before it replaces the work
      setPending({ question: { kind: 'link', saved: { state: mine, steps: { past: [], future: [] } }, fragment }, shown, arrived: false });
      return false;
    },
    [apply, notify, current],
  );
  useAddressBarNavigation(current, openFragment);

  const onLink = (choice: LinkChoice) => {
    if (!pending || pending.question.kind !== 'link') return;
    const { question, shown, arrived } = pending;
    const mine = question.saved;
    setPending(undefined);
    if (choice === 'link') {
      if (arrived) {
        // the saved work is one Undo away, and set aside before the link's setup is saved over it
        load(shown, { past: [...mine.steps.past, mine.state], future: [] });
        keeping.saveNow(true);
      } else {
        keeping.setAsideCurrent('link');
        apply(() => shown);
      }
      showInAddressBar(shown);
      notify({ kind: 'info', tag: LINK_NOTICE_TAG, text: 'This page shows the setup from the link. The work you had is kept under Earlier setups, and Undo brings it back.' });
      return;
    }
    if (choice === 'beside') window.open(linkFor(question.fragment), `${BESIDE_WINDOW_NAME}-${randomId()}`, 'noopener');
    if (arrived) {
      load(mine.state, mine.steps);
      keeping.keeper.adopt(mine.state);
    }
    showInAddressBar(mine.state);
    dismissTag(LINK_NOTICE_TAG);
    if (choice === 'beside') notify({ kind: 'info', tag: LINK_NOTICE_TAG, text: 'The link opened in a new tab. This tab keeps your work.' });
  };

  const onCopy = (choice: CopyChoice) => {
    if (!pending || pending.question.kind !== 'unsaved') return;
    const { question, shown } = pending;
    const older = question.saved;
    setPending(undefined);
    if (choice === 'newer') {
      load(shown, { past: [...older.steps.past, older.state], future: [] });
      keeping.saveNow(true);
      showInAddressBar(shown);
      notify({ kind: 'info', tag: LINK_NOTICE_TAG, text: 'This page shows the newer copy, from the address bar. The older copy is one Undo away.' });
      return;
    }
    keeping.keeper.setAside(shown, 'this-tab');
    load(older.state, { past: [...older.steps.past, shown], future: [] });
    keeping.keeper.adopt(older.state);
    showInAddressBar(older.state);
    notify({ kind: 'info', tag: LINK_NOTICE_TAG, text: 'This page shows the older copy, saved in this browser. The newer copy from the address bar is one Undo away.' });
  };

  if (!pending) return null;
  return (
    <Suspense fallback={null}>
      <OpeningDialog question={pending.question} shown={pending.shown} arrived={pending.arrived} onLink={onLink} onCopy={onCopy} />
    </Suspense>
  );
}
