import { useEffect, useId, useState, type ReactNode } from 'react';
import { loadEngine, useEngine, type Engine } from '../engine/load-engine.ts';
import type { Json } from '../../core/model/json.ts';
import { deepEqual } from '../../core/model/json.ts';
import type { Problem } from '../../core/validate/problem.ts';
import { FieldMessages } from './Field.tsx';
import { FieldForm } from './FieldForm.tsx';

interface Props {
  label: string;
  value: Json | undefined;
  onValue(value: Json | undefined): void;
  /** what the parsed value must be */
  expect: 'map' | 'list';
  placeholder?: string;
  hint?: ReactNode;
  problems?: readonly Problem[] | undefined;
  rows?: number;
}

function show(engine: Engine | null, value: Json | undefined): string {
  if (!engine) return '';
  const { stringify } = engine;
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return '';
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0) return '';
  return stringify(value, { indent: 2, lineWidth: 0 });
}

/**
 * A small YAML editor for a free-form value (`custom`, `hub.extraContainers`, `ingress.extraPaths`).
 * Text that does not parse, or is not the expected shape, stays here with its message; the state
 * keeps the last good value.
 */
export function YamlField({ label, value, onValue, expect, placeholder, hint, problems, rows = 6 }: Props) {
  const id = useId();
  // The yaml library comes with the engine, a moment after the page's first paint.
  const engine = useEngine();
  const [text, setText] = useState(() => show(engine, value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!engine) return;
    setText((current) => {
      const parsed = read(engine, current, expect);
      return parsed.ok && deepEqual(parsed.value, value ?? undefined) ? current : show(engine, value);
    });
  }, [value, expect, engine]);
  const local: Problem[] = error ? [{ code: 'field-yaml', severity: 'error', path: [], message: error }] : [];
  const all = [...local, ...(problems ?? [])];
  return (
    <FieldForm className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="yaml-input"
        rows={Math.max(rows, text.split('\n').length + 1)}
        value={text}
        placeholder={placeholder}
        spellCheck={false}
        // the yaml library arrives with the engine; until then (a moment after the page opens)
        // the field waits rather than drop what is typed
        readOnly={!engine}
        onFocus={() => void loadEngine()}
        aria-invalid={all.some((p) => p.severity === 'error') || undefined}
        aria-describedby={all.length ? `${id}-msg` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (!engine) return;
          const parsed = read(engine, e.target.value, expect);
          setError(parsed.ok ? null : parsed.message);
          if (parsed.ok) onValue(parsed.value);
        }}
      />
      {hint && <p className="hint">{hint}</p>}
      <FieldMessages id={`${id}-msg`} problems={all} />
    </FieldForm>
  );
}

type Read = { ok: true; value: Json | undefined } | { ok: false; message: string };

function read(engine: Engine, text: string, expect: 'map' | 'list'): Read {
  if (text.trim() === '') return { ok: true, value: undefined };
  const doc = engine.parseDocument(text, { uniqueKeys: true });
  const err = doc.errors[0];
  if (err) {
    const pos = err.linePos?.[0];
    return { ok: false, message: `YAML error${pos ? ` at line ${pos.line}, column ${pos.col}` : ''}: ${err.message.split('\n')[0]}` };
  }
  let value: Json;
  try {
    value = doc.toJS({ maxAliasCount: 100 }) as Json;
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  if (value === null) return { ok: true, value: undefined };
  const isList = Array.isArray(value);
  const isMap = typeof value === 'object' && !isList;
  if (expect === 'map' && !isMap) return { ok: false, message: 'Write a mapping (key: value lines) here.' };
  if (expect === 'list' && !isList) return { ok: false, message: 'Write a list (lines starting with "- ") here.' };
  return { ok: true, value };
}
