import { useId, type ReactNode } from 'react';
import { FieldForm } from './FieldForm.tsx';
import type { Problem } from '../../core/validate/problem.ts';
import { ProblemDoc, ProblemText } from './ProblemText.tsx';

/**
 * Messages for one control, shown right beside it. The region is live, so a screen reader hears a
 * new message as the admin types.
 */
export function FieldMessages({ id, problems }: { id: string; problems: readonly Problem[] | undefined }) {
  if (!problems?.length) return null;
  return (
    <div className="field-messages" id={id} aria-live="polite">
      {problems.map((p, i) => (
        <p key={i} className={`msg msg-${p.severity}`}>
          <span className="visually-hidden">{p.severity === 'error' ? 'Error: ' : 'Warning: '}</span>
          <ProblemText text={p.message} />
          <ProblemDoc href={p.doc} />
        </p>
      ))}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  hint?: ReactNode;
  problems?: readonly Problem[] | undefined;
  type?: 'text' | 'email' | 'number' | 'password';
  name?: string;
}

export function TextField({ label, value, onChange, placeholder, hint, problems, type = 'text', name }: TextFieldProps) {
  const id = useId();
  const hasError = problems?.some((p) => p.severity === 'error');
  return (
    <FieldForm className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={hasError || undefined}
        aria-describedby={problems?.length ? `${id}-msg` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint && <p className="hint">{hint}</p>}
      <FieldMessages id={`${id}-msg`} problems={problems} />
    </FieldForm>
  );
}

export function Toggle({ label, checked, onChange, hint }: { label: string; checked: boolean; onChange(v: boolean): void; hint?: ReactNode }) {
  const id = useId();
  return (
    <FieldForm className="field field-toggle">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {hint && <p className="hint">{hint}</p>}
    </FieldForm>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
  description?: string;
}

export function RadioGroup<T extends string>({ legend, value, choices, onChange }: { legend: string; value: T; choices: readonly Choice<T>[]; onChange(v: T): void }) {
  const name = useId();
  return (
    <FieldForm>
    <fieldset className="field radio-group">
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label key={c.value} className="radio">
          <input type="radio" name={name} value={c.value} checked={value === c.value} onChange={() => onChange(c.value)} />
          <span className="radio-label">{c.label}</span>
          {c.description && <span className="radio-description">{c.description}</span>}
        </label>
      ))}
    </fieldset>
    </FieldForm>
  );
}
