const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

/** sprig's randAlphaNum: n characters of [A-Za-z0-9], without modulo bias. */
export function randAlphaNum(randomBytes: (n: number) => Uint8Array, n: number): string {
  let out = '';
  while (out.length < n) {
    const bytes = randomBytes(n * 2);
    for (let i = 0; i < bytes.length && out.length < n; i++) {
      const b = bytes[i]!;
      if (b < 248) out += ALNUM[b % 62];
    }
  }
  return out;
}

/** the chart's `jupyterhub.randHex`: n lowercase hex characters. */
export function randHex(randomBytes: (n: number) => Uint8Array, n: number): string {
  const bytes = randomBytes(n);
  let out = '';
  for (let i = 0; i < n; i++) out += HEX[bytes[i]! & 15];
  return out;
}

export function defaultRandomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  globalThis.crypto.getRandomValues(out);
  return out;
}
