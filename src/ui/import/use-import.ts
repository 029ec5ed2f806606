import { useCallback } from 'react';
import type { ImportErrorInfo } from '../../core/restore/index.ts';
import { engine } from '../engine/load-engine.ts';
import { useNotices } from '../share/notices.tsx';
import { useWizardActions } from '../state/wizard-context.tsx';
import { useWorkKeeping } from '../state/work-keeping.tsx';
import { MAX_IMPORT_BYTES } from './read-file.ts';

/** A config.yaml text read for import: why it cannot be imported, or the import, ready to replace the work. */
export type PreparedImport = { ok: false; error: ImportErrorInfo } | { ok: true; source: string; apply(): void };

/**
 * Reads a config.yaml text for import without changing anything yet, so that the caller can ask
 * before it replaces the work. `apply()` keeps the work it replaces among the earlier setups, then
 * imports as one undoable step and shows what the import changed.
 */
export function usePrepareImport(): (text: string, source: string) => PreparedImport {
  const { apply } = useWizardActions();
  const { notify } = useNotices();
  const { setAsideCurrent } = useWorkKeeping();
  return useCallback(
    (text, source) => {
      // Import is reached through the Header or a drop, which load the engine first.
      const result = engine().restore({ kind: 'text', text, maxBytes: MAX_IMPORT_BYTES });
      if (!result.ok) return { ok: false, error: result.error };
      return {
        ok: true,
        source,
        apply: () => {
          setAsideCurrent('import');
          // the code the file carries waits for the admin's review (code-review/)
          apply(engine().importForReview(result));
          notify(
            { kind: 'import-report', report: { source, changes: result.changes, behaviourChanges: result.behaviourChanges, notices: result.notices, imported: result.imported } },
            ['import-report', 'import-error'],
          );
        },
      };
    },
    [apply, notify, setAsideCurrent],
  );
}

/**
 * Imports a config.yaml text as one undoable step (the Import dialog, where the admin has asked
 * for it). Returns the error (and changes nothing) when the text cannot be imported.
 */
export function useImportText(): (text: string, source: string) => ImportErrorInfo | undefined {
  const prepare = usePrepareImport();
  return useCallback(
    (text, source) => {
      const prepared = prepare(text, source);
      if (!prepared.ok) return prepared.error;
      prepared.apply();
      return undefined;
    },
    [prepare],
  );
}
