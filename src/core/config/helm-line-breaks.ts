/** Characters go-yaml (helm's reader) takes for line breaks, as YAML 1.1 says, where JSON does not. */
export const HELM_LINE_BREAKS = /[\u0085\u2028\u2029]/;
const ALL = /[\u0085\u2028\u2029]/g;
const ESCAPES: Record<string, string> = { '\u0085': '\\N', '\u2028': '\\L', '\u2029': '\\P' };

/**
 * U+0085, U+2028 and U+2029 as the YAML escapes `\N`, `\L`, `\P`: for text where they can only
 * stand inside double-quoted strings (the writers double-quote every string holding one). Left
 * raw, helm reads a line break there and the value changes.
 */
export function escapeHelmLineBreaks(text: string): string {
  return HELM_LINE_BREAKS.test(text) ? text.replace(ALL, (ch) => ESCAPES[ch]!) : text;
}
