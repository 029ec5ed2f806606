import { deflateSync } from 'fflate';
import { toBase64url } from '../../permalink/base64url.ts';
import { crc32 } from '../../permalink/crc32.ts';
import { DICTIONARY_V1_TEXT } from '../../permalink/dictionary-v1.ts';

/** A v1 link around any JSON text, as a crafted link would be made (no encoder checks). */
export function handMadeLink(json: string): string {
  const payload = new TextEncoder().encode(json);
  const packed = deflateSync(payload, { level: 6, dictionary: new TextEncoder().encode(DICTIONARY_V1_TEXT) });
  const data = new Uint8Array(packed.length + 4);
  data.set(packed);
  new DataView(data.buffer).setUint32(packed.length, crc32(payload));
  return `z1.${toBase64url(data)}`;
}

/** JSON text of any value, without recursion (JSON.stringify overflows on very deep values). */
export function deepJson(value: unknown): string {
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string' && v.startsWith('\u0000raw:')) {
      out.push(v.slice(5));
      continue;
    }
    if (Array.isArray(v)) {
      stack.push('\u0000raw:]');
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i], ...(i > 0 ? ['\u0000raw:,'] : []));
      stack.push('\u0000raw:[');
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      stack.push('\u0000raw:}');
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push((v as Record<string, unknown>)[keys[i]!], `\u0000raw:${JSON.stringify(keys[i])}:`, ...(i > 0 ? ['\u0000raw:,'] : []));
      }
      stack.push('\u0000raw:{');
    } else out.push(v === undefined ? 'null' : JSON.stringify(v));
  }
  return out.join('');
}
