/**
 * Random bytes that stay the same for the whole visit: each render reads the same pool from the
 * start, so the chart's generated secrets (and the checksums over them) do not change with every
 * keystroke and do not show up as edits. The pool comes from crypto.getRandomValues and grows
 * when a render needs more.
 */
let pool = new Uint8Array(0);

function ensure(size: number): void {
  if (pool.length >= size) return;
  const grown = new Uint8Array(Math.max(size, pool.length * 2, 1024));
  grown.set(pool);
  // getRandomValues fills at most 65536 bytes per call
  for (let at = pool.length; at < grown.length; at += 65536) globalThis.crypto.getRandomValues(grown.subarray(at, Math.min(at + 65536, grown.length)));
  pool = grown;
}

/** A fresh reader over the session's pool, for one `renderChart` call. */
export function sessionRandomBytes(): (n: number) => Uint8Array {
  let offset = 0;
  return (n) => {
    ensure(offset + n);
    const out = pool.slice(offset, offset + n);
    offset += n;
    return out;
  };
}
