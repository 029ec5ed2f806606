import type { Json } from '../../core/model/json.ts';

/** A value shown in a text field: missing and null show as empty. */
export function text(value: Json | undefined): string {
  return value === undefined || value === null ? '' : typeof value === 'string' ? value : String(value);
}

/** What a cleared text field means: remove the key, so the chart's default applies. */
export function orUnset(value: string): string | undefined {
  return value === '' ? undefined : value;
}

export function strings(value: Json | undefined): string[] {
  return Array.isArray(value) ? value.map((v) => text(v)) : [];
}
