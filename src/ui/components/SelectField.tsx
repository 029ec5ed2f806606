import { useId, type ReactNode } from 'react';
import { FieldForm } from './FieldForm.tsx';

export function SelectField<T extends string>({ label, value, options, onChange, hint }: { label: string; value: T; options: readonly { value: T; label: string }[]; onChange(v: T): void; hint?: ReactNode }) {
  const id = useId();
  return (
    <FieldForm className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && <p className="hint">{hint}</p>}
    </FieldForm>
  );
}
