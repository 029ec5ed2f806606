import { Suspense, useEffect, useState } from 'react';
import { useNotices } from '../share/notices.tsx';
import { loadEngine } from '../engine/load-engine.ts';
import { useStateGetter } from '../state/wizard-context.tsx';
import { isBlank } from '../state/work-keeping.tsx';
import { readConfigFile } from './read-file.ts';
import { ReplaceWorkDialog } from '../lazy-later.ts';
import { usePrepareImport, type PreparedImport } from './use-import.ts';

/**
 * One dropped file: read and imported at once into a blank setup, else after asking whether it
 * replaces the work; a file that does not read is said in a notice and changes nothing.
 */
export function DroppedFile({ file, onDone }: { file: File; onDone: () => void }) {
  const prepare = usePrepareImport();
  const current = useStateGetter();
  const { notify } = useNotices();
  const [asking, setAsking] = useState<Extract<PreparedImport, { ok: true }>>();

  useEffect(() => {
    let live = true;
    void (async () => {
      await loadEngine();
      const read = await readConfigFile(file);
      if (!live) return;
      const prepared: PreparedImport = read.ok ? prepare(read.text, file.name) : { ok: false, error: read.error };
      if (!prepared.ok) {
        notify({ kind: 'import-error', source: file.name, error: prepared.error }, ['import-report', 'import-error']);
        onDone();
      } else if (isBlank(current())) {
        prepared.apply();
        onDone();
      } else setAsking(prepared);
    })();
    return () => {
      live = false;
    };
    // one file, read once: the component is keyed by the drop
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file]);

  if (!asking) return null;
  return (
    <Suspense fallback={null}>
      <ReplaceWorkDialog source={asking.source} onReplace={asking.apply} onClose={onDone} />
    </Suspense>
  );
}
