/** Characters a POSIX shell passes through unchanged in a bare word. */
const SAFE_WORD = /^[A-Za-z0-9_./:=@%+,-]+$/;

/**
 * `value` as one POSIX shell word: bare when that is safe, otherwise in single quotes (a quote
 * inside becomes `'\''`). The empty string becomes `''`.
 */
export function shellQuote(value: string): string {
  if (SAFE_WORD.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** One command spread over several lines, each continued with ` \`, as the z2jh docs lay them out. */
export function multiline(first: string, ...rest: string[]): string {
  return [first, ...rest.map((r) => `  ${r}`)].join(' \\\n');
}
