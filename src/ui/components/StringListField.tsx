import { memo, useCallback, useId, useRef, useState } from 'react';
import type { Problem } from '../../core/validate/problem.ts';
import { FieldMessages } from './Field.tsx';
import { FieldForm } from './FieldForm.tsx';

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

type Edit = { kind: 'set'; i: number; value: string } | { kind: 'remove'; i: number } | { kind: 'move'; i: number; by: -1 | 1 };

/**
 * A list of strings with add, remove and reorder (hosts, hostnames, TLS hosts). Rows are memoised
 * and their handlers stable, so typing in one row of a hundred re-renders that row only.
 */
export function StringListField({ label, items, onChange, addLabel, placeholder, problemsAt, emptyNote }: Props) {
  const id = useId();
  const latest = useRef({ items, onChange });
  latest.current = { items, onChange };
  const edit = useCallback((e: Edit) => {
    const { items: current, onChange: write } = latest.current;
    if (e.kind === 'set') write(current.map((x, j) => (j === e.i ? e.value : x)));
    else if (e.kind === 'remove') write(current.filter((_, j) => j !== e.i));
    else {
      const next = [...current];
      [next[e.i], next[e.i + e.by]] = [next[e.i + e.by]!, next[e.i]!];
      write(next);
    }
  }, []);
  return (
    <fieldset className="field list-field">
      <legend>{label}</legend>
      {items.length === 0 && emptyNote && <p className="hint">{emptyNote}</p>}
      <ol className="rows">
        {items.map((item, i) => (
          <Row key={i} i={i} last={i === items.length - 1} label={label} value={item} placeholder={placeholder} problems={problemsAt?.(i)} msgId={`${id}-${i}-msg`} edit={edit} />
        ))}
      </ol>
      <button type="button" className="add" onClick={() => onChange([...items, ''])}>
        {addLabel}
      </button>
    </fieldset>
  );
}

interface RowProps {
  i: number;
  last: boolean;
  label: string;
  value: string;
  placeholder: string | undefined;
  problems: readonly Problem[] | undefined;
  msgId: string;
  edit(e: Edit): void;
}

const Row = memo(function Row({ i, last, label, value, placeholder, problems: all, msgId, edit }: RowProps) {
  // a row just added is empty: "the host name is empty" waits until the admin has left it
  const [left, setLeft] = useState(false);
  const problems = value === '' && !left ? undefined : all;
  return (
    <li>
      <FieldForm className="row">
      <input
        aria-label={`${label} ${i + 1}`}
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={problems?.some((p) => p.severity === 'error') || undefined}
        aria-describedby={problems?.length ? msgId : undefined}
        onChange={(e) => edit({ kind: 'set', i, value: e.target.value })}
        onBlur={() => setLeft(true)}
      />
      <span className="row-actions">
        <button type="button" className="icon" aria-label={`Move ${label} ${i + 1} up`} disabled={i === 0} onClick={() => edit({ kind: 'move', i, by: -1 })}>↑</button>
        <button type="button" className="icon" aria-label={`Move ${label} ${i + 1} down`} disabled={last} onClick={() => edit({ kind: 'move', i, by: 1 })}>↓</button>
        <button type="button" className="icon" aria-label={`Remove ${label} ${i + 1}`} onClick={() => edit({ kind: 'remove', i })}>✕</button>
      </span>
      <FieldMessages id={msgId} problems={problems} />
      </FieldForm>
    </li>
  );
});
