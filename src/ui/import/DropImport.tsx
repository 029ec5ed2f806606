import { lazy, Suspense, useEffect, useState } from 'react';

// What reads and imports a dropped file loads on the first drop, not with the page.
const DroppedFile = lazy(() => import('./DroppedFile.tsx').then((m) => ({ default: m.DroppedFile })));

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/**
 * Dropping a file anywhere on the page imports it, after asking when it would replace work; an
 * overlay shows while a file is dragged over.
 */
export function DropImport() {
  const [dragging, setDragging] = useState(false);
  // each drop its own, so dropping the same file twice imports it twice
  const [dropped, setDropped] = useState<{ file: File; id: number }>();

  useEffect(() => {
    let depth = 0;
    let drops = 0;
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
    const onDrop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      depth = 0;
      setDragging(false);
      if (!file) return;
      e.preventDefault();
      if (document.querySelector('dialog[open]')) return;
      setDropped({ file, id: ++drops });
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
  }, []);

  return (
    <>
      {dropped && (
        <Suspense fallback={null}>
          <DroppedFile key={dropped.id} file={dropped.file} onDone={() => setDropped(undefined)} />
        </Suspense>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop a config.yaml to import it</p>
        </div>
      )}
    </>
  );
}
