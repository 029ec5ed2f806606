import { useCallback } from 'react';
import { applyImport } from '../../core/restore/apply-import.ts';
import type { ImportErrorInfo } from '../../core/restore/index.ts';
import { engine } from '../engine/load-engine.ts';
import { useNotices } from '../share/notices.tsx';
import { useWizardActions } from '../state/wizard-context.tsx';
import { MAX_IMPORT_BYTES } from './read-file.ts';

/**
 * Imports a config.yaml text as one undoable step and shows what the import changed. Returns the
 * error (and changes nothing) when the text cannot be imported.
 */
export function useImportText(): (text: string, source: string) => ImportErrorInfo | undefined {
  const { apply } = useWizardActions();
  const { notify } = useNotices();
  return useCallback(
    (text, source) => {
      // Import is reached through the Header or a drop, which load the engine first.
      const result = engine().restore({ kind: 'text', text, maxBytes: MAX_IMPORT_BYTES });
      if (!result.ok) return result.error;
      apply(applyImport(result));
      notify({ kind: 'import-report', report: { source, changes: result.changes, notices: result.notices } }, ['import-report', 'import-error']);
      return undefined;
    },
    [apply, notify],
  );
}
