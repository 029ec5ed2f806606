import type { FormEvent, ReactNode } from 'react';

const preventSubmit = (e: FormEvent) => e.preventDefault();

/**
 * A form around one field or one row of a list, never submitted, laid out as if it were not there
 * (`display: contents` unless a class says otherwise).
 *
 * Why: on every keystroke Chromium's autofill reads the whole form of the field typed in, and all
 * fields outside any form count as one form. With no forms each key walked every input of the
 * page; with a form per section, every input of the section (2.7 ms per key on the sample, ~4 ms
 * on a config with a hundred hosts). With a form per field it reads one or two inputs.
 * `id` is for inputs that cannot sit inside it (a table row's cells) and name it with `form=`.
 */
export function FieldForm({ children, className = 'field-form', id }: { children?: ReactNode; className?: string; id?: string }) {
  return (
    <form className={className} id={id} noValidate autoComplete="off" onSubmit={preventSubmit}>
      {children}
    </form>
  );
}
