import { useEffect, useState } from 'react';
import { useNotices } from '../share/notices.tsx';
import { loadEngine } from '../engine/load-engine.ts';
import { readConfigFile } from './read-file.ts';
import { useImportText } from './use-import.ts';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** Dropping a file anywhere on the page imports it; an overlay shows while a file is dragged over. */
export function DropImport() {
  const importText = useImportText();
  const { notify } = useNotices();
  const [dragging, setDragging] = useState(false);

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
      const error = read.ok ? importText(read.text, file.name) : read.error;
      if (error) notify({ kind: 'import-error', source: file.name, error }, ['import-report', 'import-error']);
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
  }, [importText, notify]);

  if (!dragging) return null;
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p>Drop a config.yaml to import it</p>
    </div>
  );
}
