import { Suspense, useEffect, useState } from 'react';
import { useNotices } from '../share/notices.tsx';
import { loadEngine } from '../engine/load-engine.ts';
import { useStateGetter } from '../state/wizard-context.tsx';
import { isBlank } from '../state/work-keeping.tsx';
import { readConfigFile } from './read-file.ts';
import { ReplaceWorkDialog } from '../lazy-later.ts';
import { usePrepareImport, type PreparedImport } from './use-import.ts';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Dropping a file anywhere on the page imports it, after asking when it would replace work; an
 * overlay shows while a file is dragged over.
 */
export function DropImport() {
  const prepare = usePrepareImport();
  const current = useStateGetter();
  const { notify } = useNotices();
  const [dragging, setDragging] = useState(false);
  const [asking, setAsking] = useState<Extract<PreparedImport, { ok: true }>>();

  useEffect(() => {
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const importFile = async (file: File) => {
      await loadEngine();
      const read = await readConfigFile(file);
      const prepared: PreparedImport = read.ok ? prepare(read.text, file.name) : { ok: false, error: read.error };
      if (!prepared.ok) notify({ kind: 'import-error', source: file.name, error: prepared.error }, ['import-report', 'import-error']);
      else if (isBlank(current())) prepared.apply();
      else setAsking(prepared);
    };
    const onDrop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      depth = 0;
      setDragging(false);
      if (!file) return;
      e.preventDefault();
      if (document.querySelector('dialog[open]')) return;
      void importFile(file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [prepare, notify, current]);

  if (asking) {
    return (
      <Suspense fallback={null}>
        <ReplaceWorkDialog source={asking.source} onReplace={asking.apply} onClose={() => setAsking(undefined)} />
      </Suspense>
    );
  }
  if (!dragging) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>Drop a config.yaml to import it</p>
    </div>
  );
}
