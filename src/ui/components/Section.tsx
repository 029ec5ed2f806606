import { useId, useState, type FormEvent, type ReactNode } from 'react';

/**
 * Each section's fields are a <form> of their own, never submitted. Why: on every keystroke
 * Chromium's autofill reads the form of the field typed in, and fields outside any form all count
 * as one form, so with no forms each key made it walk every input on the page (measured: 2.7 ms
 * of main-thread work per key on the sample config, 0.7 ms with a form per section).
 */
const preventSubmit = (e: FormEvent) => e.preventDefault();

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
      <form id={bodyId} className="section-body" hidden={!open} noValidate autoComplete="off" onSubmit={preventSubmit}>
        {children}
      </form>
    </section>
  );
}
