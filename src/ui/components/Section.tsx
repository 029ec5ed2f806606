import { useId, useState, type ReactNode } from 'react';

/** One area of the form, collapsible, with a heading the preview and tests can find. */
export function Section({ id, title, summary, children }: { id: string; title: string; summary?: string; children: ReactNode }) {
  const [open, setOpen] = useState(true);
  const bodyId = useId();
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
