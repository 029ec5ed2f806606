/**
 * helm's `toToml` (sprig, via BurntSushi/toml's encoder), for the JSON-like data of extraFiles:
 * plain keys first, then sub-tables as `[a.b]` headers, each level indented by two spaces;
 * numbers are float64 in helm and print with a decimal point.
 */
import { isMap, type Any } from '../values.ts';

const bareKey = /^[A-Za-z0-9_-]+$/;

function key(k: string): string {
  return bareKey.test(k) ? k : quote(k);
}

function quote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (cp < 0x20 || cp === 0x7f) out += '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

function float(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return `${n}.0`;
  const s = String(n);
  return s.includes('e') ? s.replace(/e\+?/, 'e') : s;
}

function value(v: Any): string {
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number') return float(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return '[' + v.map(value).join(', ') + ']';
  if (isMap(v)) return '{' + Object.keys(v).sort().map((k) => `${key(k)} = ${value(v[k])}`).join(', ') + '}';
  return '""';
}

function isTableArray(v: Any): boolean {
  return Array.isArray(v) && v.length > 0 && v.every(isMap);
}

function table(out: string[], path: string[], m: Record<string, Any>): void {
  const indent = '  '.repeat(path.length);
  const keys = Object.keys(m).sort();
  for (const k of keys) {
    const v = m[k];
    if (v === null || v === undefined || isMap(v) || isTableArray(v)) continue;
    out.push(`${indent}${key(k)} = ${value(v)}`);
  }
  for (const k of keys) {
    const v = m[k];
    const sub = [...path, k];
    const subIndent = '  '.repeat(sub.length - 1);
    if (isMap(v)) {
      if (sub.length === 1 && out.length) out.push('');
      out.push(`${subIndent}[${sub.map(key).join('.')}]`);
      table(out, sub, v);
    } else if (isTableArray(v)) {
      for (const item of v as Record<string, Any>[]) {
        if (sub.length === 1 && out.length) out.push('');
        out.push(`${subIndent}[[${sub.map(key).join('.')}]]`);
        table(out, sub, item);
      }
    }
  }
}

export function toToml(v: Any): string {
  if (!isMap(v)) return '';
  const out: string[] = [];
  table(out, [], v);
  while (out.length && out[0] === '') out.shift();
  return out.join('\n') + '\n';
}
