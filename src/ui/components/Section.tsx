import { useEffect, useId, useState, type ReactNode } from 'react';
import { OPEN_SECTION_EVENT } from './problem-places.ts';

/** One area of the form, collapsible, with a heading the preview and tests can find. */
export function Section({ id, title, summary, children }: { id: string; title: string; summary?: string; children: ReactNode }) {
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  // a problem in the list opens its section (problem-places.ts)
  useEffect(() => {
    const onOpen = (e: Event) => void ((e as CustomEvent<string>).detail === id && setOpen(true));
    window.addEventListener(OPEN_SECTION_EVENT, onOpen);
    return () => window.removeEventListener(OPEN_SECTION_EVENT, onOpen);
  }, [id]);
  return (
    <section className="section" id={`section-${id}`} aria-labelledby={`${bodyId}-h`}>
      <h2 id={`${bodyId}-h`} className="section-title">
        <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          <span className="chevron" aria-hidden="true">{open ? '▾' : '▸'}</span>
          {title}
        </button>
      </h2>
      {summary && <p className="section-summary">{summary}</p>}
      <div id={bodyId} className="section-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
