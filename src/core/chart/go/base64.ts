/** Standard base64 of the UTF-8 bytes of a string (helm's `b64enc`); pure, no Buffer/btoa. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
/** the two output characters of each 12-bit group, as one 16-bit little-endian pair */
const PAIRS = new Uint16Array(4096);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
for (let i = 0; i < 4096; i++) {
  const a = CODES[i >> 6]!;
  const b = CODES[i & 63]!;
  PAIRS[i] = LITTLE_ENDIAN ? a | (b << 8) : (a << 8) | b;
}

export function b64enc(text: string): string {
  const bytes = encoder.encode(text);
  if (bytes.length < 64) return b64small(bytes);
  return b64bytes(bytes);
}

function b64small(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  return out + tail(bytes, i);
}

function tail(bytes: Uint8Array, i: number): string {
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    return ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + '==';
  }
  if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    return ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + '=';
  }
  return '';
}

/** base64 of bytes, written into a byte buffer (two characters per table lookup), then decoded as ASCII */
export function b64bytes(bytes: Uint8Array): string {
  const whole = bytes.length - (bytes.length % 3);
  const out = new Uint8Array((whole / 3) * 4);
  const pairs = new Uint16Array(out.buffer);
  let o = 0;
  for (let i = 0; i < whole; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    pairs[o++] = PAIRS[n >> 12]!;
    pairs[o++] = PAIRS[n & 4095]!;
  }
  return decoder.decode(out) + tail(bytes, whole);
}

/**
 * base64 of a text made of pieces, where most pieces are the same from one call to the next.
 * A piece is text (its UTF-8 bytes) or a list of pieces; each remembers its base64 per alignment
 * (how many of its first bytes went into the group before it), so only new pieces are encoded and
 * a list is stitched from its parts' base64 at the 3-byte group boundaries.
 */
export interface B64Piece {
  /** length in bytes */
  len: number;
  /** the first and the last (up to) 2 bytes */
  head: Uint8Array;
  last: Uint8Array;
  /** text pieces: the bytes */
  bytes?: Uint8Array;
  /** list pieces: the parts */
  parts?: readonly B64Piece[];
  /** base64 of bytes[k .. k + 3n] (the whole groups after skipping k bytes), per k = 0, 1, 2 */
  mids: (string | undefined)[];
}

export function b64piece(text: string): B64Piece {
  const bytes = encoder.encode(text);
  return { len: bytes.length, head: bytes.subarray(0, 2), last: bytes.subarray(Math.max(0, bytes.length - 2)), bytes, mids: [undefined, undefined, undefined] };
}

export function b64list(parts: readonly B64Piece[]): B64Piece {
  let len = 0;
  for (const p of parts) len += p.len;
  const head: number[] = [];
  for (const p of parts) for (let i = 0; i < p.head.length && head.length < 2; i++) head.push(p.head[i]!);
  const last: number[] = [];
  for (let j = parts.length - 1; j >= 0 && last.length < 2; j--) {
    const l = parts[j]!.last;
    for (let i = l.length - 1; i >= 0 && last.length < 2; i--) last.unshift(l[i]!);
  }
  return { len, head: Uint8Array.from(head), last: Uint8Array.from(last), parts, mids: [undefined, undefined, undefined] };
}

function midOf(p: B64Piece, k: number): string {
  let m = p.mids[k];
  if (m === undefined) {
    if (p.bytes) {
      const n = p.len - k;
      const whole = n - (n % 3);
      m = whole <= 0 ? '' : b64bytes(p.bytes.subarray(k, k + whole));
    } else m = stitch(p.parts!, k).out;
    p.mids[k] = m;
  }
  return m;
}

/** the base64 of the parts' bytes after the first `skip` ones, up to the last whole group; and the bytes left over */
function stitch(parts: readonly B64Piece[], skip: number): { out: string; carry: Uint8Array; carryLen: number } {
  const carry = new Uint8Array(3);
  let carryLen = 0;
  let out = '';
  for (const p of parts) {
    let i = 0;
    if (skip > 0) {
      if (skip >= p.len) {
        skip -= p.len;
        continue;
      }
      i = skip;
      skip = 0;
    } else if (carryLen > 0) {
      // at most 2 bytes complete the group: they are in the head
      while (carryLen < 3 && i < p.len) carry[carryLen++] = p.head[i++]!;
      if (carryLen < 3) continue;
      out += b64small(carry);
      carryLen = 0;
    }
    out += midOf(p, i);
    const rest = (p.len - i) % 3;
    // the rest (at most 2 bytes) is the end of the piece: in its last bytes
    for (let j = p.last.length - rest; j < p.last.length; j++) carry[carryLen++] = p.last[j]!;
  }
  return { out, carry, carryLen };
}

export function b64pieces(pieces: readonly B64Piece[]): string {
  const { out, carry, carryLen } = stitch(pieces, 0);
  return out + tail(carry.subarray(0, carryLen), 0);
}

/** the character code of the first base64 character of the pieces' bytes (NaN when there are none) */
export function b64FirstCode(pieces: readonly B64Piece[]): number {
  for (const p of pieces) if (p.len > 0) return CODES[p.head[0]! >> 2]!;
  return NaN;
}
