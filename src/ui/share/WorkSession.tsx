import { useCallback, type ReactNode } from 'react';
import { engine } from '../engine/load-engine.ts';
import { useAutosave } from '../state/persistence.ts';
import { useStateGetter, useWizardActions } from '../state/wizard-context.tsx';
import { DropImport } from '../import/DropImport.tsx';
import { rememberedState, useAddressBarFollowsWork, useAddressBarNavigation } from './address-bar.ts';
import { NoticesProvider, useNotices } from './notices.tsx';
import type { Opening } from './opening.ts';

/**
 * What keeps the work safe and shareable around the app: the notices, the autosave, the address
 * bar that follows the work, Back/Forward between shared setups, and importing by dropping a file.
 */
export function WorkSession({ opening, children }: { opening: Opening; children: ReactNode }) {
  return (
    <NoticesProvider initial={opening.notices}>
      <SessionEffects opening={opening} />
      {children}
      <DropImport />
    </NoticesProvider>
  );
}

function SessionEffects({ opening }: { opening: Opening }) {
  // follows the work without re-rendering on each edit
  const { reset } = useWizardActions();
  const current = useStateGetter();
  const { notify } = useNotices();
  const onSaveFailure = useCallback(
    () => notify({ kind: 'error', title: 'Your work could not be saved in this browser.', text: 'The browser refused to store it (storage full or turned off). Download config.yaml to keep it.' }, ['error']),
    [notify],
  );
  useAutosave(onSaveFailure);
  useAddressBarFollowsWork(opening.state);
  const openFragment = useCallback(
    (fragment: string): boolean => {
      const known = rememberedState(fragment);
      if (known) {
        reset(known);
        return true;
      }
      // called by useAddressBarNavigation once the engine has loaded
      const decoded = engine().restore({ kind: 'link', link: fragment });
      if (!decoded.ok) {
        notify({ kind: 'error', title: 'This link could not be opened.', text: `${decoded.error.message} Your work is unchanged.` }, ['error']);
        return false;
      }
      reset(decoded.state);
      for (const warning of decoded.warnings) notify({ kind: 'info', text: warning });
      return true;
    },
    [reset, notify],
  );
  useAddressBarNavigation(current, openFragment);
  return null;
}
