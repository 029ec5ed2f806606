/**
 * A short random token (a saved work's revision, a tab's name): 12 bytes from the Web Crypto
 * source, which every browser has even where `crypto.randomUUID` is missing (plain http).
 */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}
