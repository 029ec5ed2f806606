import { useEffect, useId, useState, type ReactNode } from 'react';
import { namesFromText } from '../../core/features/sign-in.ts';
import type { Problem } from '../../core/validate/problem.ts';
import { FieldMessages } from './Field.tsx';
import { FieldForm } from './FieldForm.tsx';

interface Props {
  label: string;
  names: readonly string[];
  onChange(names: string[]): void;
  placeholder?: string;
  hint?: ReactNode;
  problems?: readonly Problem[] | undefined;
}

/**
 * A list of names (users, organisations, groups), one a line or comma-separated. The text stays as
 * typed (a trailing comma, a blank line) while the list it means is written.
 */
export function NamesField({ label, names, onChange, placeholder, hint, problems }: Props) {
  const id = useId();
  const [text, setText] = useState(() => names.join('\n'));
  useEffect(() => {
    // an outside change (undo, import) replaces the text unless it already means the same list
    setText((current) => (sameList(namesFromText(current), names) ? current : names.join('\n')));
  }, [names]);
  const hasError = problems?.some((p) => p.severity === 'error');
  return (
    <FieldForm className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} className="names-input" rows={Math.max(2, text.split('\n').length)} value={text} placeholder={placeholder} spellCheck={false} autoComplete="off"
        aria-invalid={hasError || undefined} aria-describedby={problems?.length ? `${id}-msg` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          onChange(namesFromText(e.target.value));
        }} />
      {hint && <p className="hint">{hint}</p>}
      <FieldMessages id={`${id}-msg`} problems={problems} />
    </FieldForm>
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
