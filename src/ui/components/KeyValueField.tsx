import { useEffect, useId, useState } from 'react';
import type { Problem } from '../../core/validate/problem.ts';
import { FieldMessages } from './Field.tsx';
import { FieldForm } from './FieldForm.tsx';

interface Props {
  label: string;
  rows: readonly [string, string][];
  onChange(rows: [string, string][]): void;
  keyPlaceholder?: string;
  valuePlaceholder?: string;
  addLabel: string;
  problemsAt?: (key: string) => readonly Problem[] | undefined;
}

/**
 * Key/value rows (annotations). Rows being typed — an empty key, a key used twice — stay in the
 * form with a message and are not written until they make sense.
 */
export function KeyValueField({ label, rows, onChange, keyPlaceholder, valuePlaceholder, addLabel, problemsAt }: Props) {
  const id = useId();
  const [local, setLocal] = useState<[string, string][]>(() => rows.map((r) => [...r]));
  useEffect(() => {
    setLocal((current) => (sameRows(complete(current), rows) ? current : rows.map((r) => [...r])));
  }, [rows]);
  const write = (next: [string, string][]) => {
    setLocal(next);
    onChange(complete(next));
  };
  return (
    <fieldset className="field list-field">
      <legend>{label}</legend>
      <ol className="rows">
        {local.map(([k, v], i) => {
          const duplicate = k !== '' && local.findIndex(([x]) => x === k) !== i;
          const problems: Problem[] = [
            ...(duplicate ? [{ code: 'field-duplicate-key' as const, severity: 'error' as const, path: [], message: `"${k}" is already used above; keys must be unique.` }] : []),
            ...(problemsAt?.(k) ?? []),
          ];
          return (
            <li key={i}>
              <FieldForm className="row">
              <input aria-label={`${label} ${i + 1} key`} value={k} placeholder={keyPlaceholder} spellCheck={false} autoComplete="off"
                aria-invalid={duplicate || undefined}
                onChange={(e) => write(local.map((r, j) => (j === i ? [e.target.value, r[1]] : r)))} />
              <input aria-label={`${label} ${i + 1} value`} value={v} placeholder={valuePlaceholder} spellCheck={false} autoComplete="off"
                onChange={(e) => write(local.map((r, j) => (j === i ? [r[0], e.target.value] : r)))} />
              <button type="button" className="icon" aria-label={`Remove ${label} ${i + 1}`} onClick={() => write(local.filter((_, j) => j !== i))}>✕</button>
              <FieldMessages id={`${id}-${i}`} problems={problems} />
              </FieldForm>
            </li>
          );
        })}
      </ol>
      <button type="button" className="add" onClick={() => setLocal([...local, ['', '']])}>
        {addLabel}
      </button>
    </fieldset>
  );
}

/** The rows that can be written: a key, used once. */
function complete(rows: readonly [string, string][]): [string, string][] {
  const seen = new Set<string>();
  return rows.filter(([k]) => k !== '' && !seen.has(k) && seen.add(k));
}

function sameRows(a: readonly [string, string][], b: readonly [string, string][]): boolean {
  return a.length === b.length && a.every(([k, v], i) => b[i]![0] === k && b[i]![1] === v);
}
