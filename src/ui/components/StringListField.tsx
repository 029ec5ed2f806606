import { useId } from 'react';
import type { Problem } from '../../core/validate/problem.ts';
import { FieldMessages } from './Field.tsx';

interface Props {
  label: string;
  items: readonly string[];
  onChange(items: string[]): void;
  addLabel: string;
  placeholder?: string;
  /** problems of item i */
  problemsAt?: (i: number) => readonly Problem[] | undefined;
  emptyNote?: string;
}

/** A list of strings with add, remove and reorder (hosts, hostnames, TLS hosts). */
export function StringListField({ label, items, onChange, addLabel, placeholder, problemsAt, emptyNote }: Props) {
  const id = useId();
  const update = (i: number, v: string) => onChange(items.map((x, j) => (j === i ? v : x)));
  const remove = (i: number) => onChange(items.filter((_, j) => j !== i));
  const move = (i: number, d: -1 | 1) => {
    const next = [...items];
    [next[i], next[i + d]] = [next[i + d]!, next[i]!];
    onChange(next);
  };
  return (
    <fieldset className="field list-field">
      <legend>{label}</legend>
      {items.length === 0 && emptyNote && <p className="hint">{emptyNote}</p>}
      <ol className="rows">
        {items.map((item, i) => {
          const problems = problemsAt?.(i);
          const msgId = `${id}-${i}-msg`;
          return (
            <li key={i} className="row">
              <input
                aria-label={`${label} ${i + 1}`}
                value={item}
                placeholder={placeholder}
                spellCheck={false}
                autoComplete="off"
                aria-invalid={problems?.some((p) => p.severity === 'error') || undefined}
                aria-describedby={problems?.length ? msgId : undefined}
                onChange={(e) => update(i, e.target.value)}
              />
              <span className="row-actions">
                <button type="button" className="icon" aria-label={`Move ${label} ${i + 1} up`} disabled={i === 0} onClick={() => move(i, -1)}>↑</button>
                <button type="button" className="icon" aria-label={`Move ${label} ${i + 1} down`} disabled={i === items.length - 1} onClick={() => move(i, 1)}>↓</button>
                <button type="button" className="icon" aria-label={`Remove ${label} ${i + 1}`} onClick={() => remove(i)}>✕</button>
              </span>
              <FieldMessages id={msgId} problems={problems} />
            </li>
          );
        })}
      </ol>
      <button type="button" className="add" onClick={() => onChange([...items, ''])}>
        {addLabel}
      </button>
    </fieldset>
  );
}
