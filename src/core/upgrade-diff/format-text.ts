import type { Impact } from '../upgrade-impact/impact.ts';
import type { Json } from '../model/json.ts';
import type { ReleaseComparison } from './compare-releases.ts';
import { formatFieldPath, type FieldChange } from './field-diff.ts';
import { hunks, lineDiff } from './line-diff.ts';

const MARK = { added: '+', removed: '-', changed: '~' } as const;
const SEVERITY = { danger: '!!', warning: ' !', info: ' -' } as const;

/** A value in one line: JSON, cut at 160 characters. */
export function shortValue(v: Json | undefined): string {
  const text = JSON.stringify(v) ?? 'null';
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

/** A field's change in one line; a text of several lines also as its changed lines (`lines`). */
export function describeField(f: FieldChange): { line: string; lines?: string[] } {
  const path = formatFieldPath(f.path);
  if (f.hidden) return { line: `${MARK[f.change]} ${path}: (secret value ${f.change}, hidden)` };
  if (f.change === 'added') return { line: `+ ${path}: ${shortValue(f.after)}` };
  if (f.change === 'removed') return { line: `- ${path}: ${shortValue(f.before)}` };
  if (typeof f.before === 'string' && typeof f.after === 'string' && (f.before.includes('\n') || f.after.includes('\n'))) {
    const lines = hunks(lineDiff(f.before, f.after), 1).map((l) => (l === null ? '...' : `${l.op} ${l.text}`));
    return { line: `~ ${path}: text changes`, lines };
  }
  return { line: `~ ${path}: ${shortValue(f.before)} -> ${shortValue(f.after)}` };
}

/** What `diff` prints: each object added, removed or changed with its fields, the consequences, the counts. */
export function comparisonText(c: ReleaseComparison, impacts: readonly Impact[]): string {
  const out: string[] = [];
  for (const r of c.resources) {
    out.push(`${MARK[r.change]} ${r.kind} ${r.name} (${r.source})`);
    for (const f of r.fields) {
      const d = describeField(f);
      out.push(`    ${d.line}`);
      for (const l of d.lines ?? []) out.push(`        | ${l}`);
    }
  }
  if (impacts.length > 0) {
    out.push('', 'What it means:');
    for (const i of impacts) out.push(`${SEVERITY[i.severity]} ${i.title}: ${i.reason}`);
  }
  const n = c.counts;
  out.push('', c.resources.length === 0 ? `No changes (${n.unchanged} objects unchanged)` : `${n.changed} changed, ${n.added} added, ${n.removed} removed, ${n.unchanged} unchanged`);
  return `${out.join('\n')}\n`;
}
