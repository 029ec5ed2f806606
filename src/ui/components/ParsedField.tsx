import { useEffect, useState, type ReactNode } from 'react';
import type { Parsed } from '../../core/features/resources.ts';
import type { Json } from '../../core/model/json.ts';
import type { Problem } from '../../core/validate/problem.ts';
import { TextField } from './Field.tsx';

interface Props {
  label: string;
  /** the value in the state, shown as text */
  value: string;
  parse(text: string): Parsed;
  onValue(value: Json | undefined): void;
  placeholder?: string;
  hint?: ReactNode;
  problems?: readonly Problem[] | undefined;
}

/**
 * A text field for a number-like value (CPU, memory, replicas). What the admin types stays in the
 * field while it does not parse, with the reason beside it; only a valid value reaches the state.
 */
export function ParsedField({ label, value, parse, onValue, placeholder, hint, problems }: Props) {
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // An outside change (undo, import, preset) replaces the text unless it already means the same.
    setText((current) => {
      const parsed = parse(current);
      return parsed.ok && String(parsed.value ?? '') === value ? current : value;
    });
    setError(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `parse` is a pure function of the text
  }, [value]);
  const local: Problem[] = error ? [{ code: 'field-unparsed', severity: 'error', path: [], message: error }] : [];
  return (
    <TextField
      label={label}
      value={text}
      placeholder={placeholder}
      hint={hint}
      problems={[...local, ...(problems ?? [])]}
      onChange={(t) => {
        setText(t);
        const parsed = parse(t);
        setError(parsed.ok ? null : parsed.message);
        if (parsed.ok) onValue(parsed.value);
      }}
    />
  );
}
