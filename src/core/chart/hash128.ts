/**
 * A fast 128-bit non-cryptographic hash, fed piece by piece: four 32-bit lanes, each taking every
 * UTF-16 code unit with its own multiplier and rotation, mixed together and finalised at the end.
 *
 * Why not sha256: the values digest (incremental/values-digest.ts) hashes a few small nodes per keystroke, and sha256
 * in JavaScript meant UTF-8 encoding, byte buffers and a concatenated input string for each node
 * (the largest source of garbage per keystroke). This needs none of that. It only has to notice
 * change (a checksum annotation that must differ when the content does), so 128 bits of a good
 * mix are plenty; it is not for anything an attacker chooses to collide.
 */
export class Hash128 {
  private a = 0x6a09e667 | 0;
  private b = 0xbb67ae85 | 0;
  private c = 0x3c6ef372 | 0;
  private d = 0xa54ff53a | 0;

  /** One code unit (or a small tag number). */
  unit(u: number): this {
    let a = Math.imul(this.a ^ u, 0x85ebca6b);
    let b = Math.imul(this.b ^ u, 0xc2b2ae35);
    let c = Math.imul(this.c ^ u, 0x27d4eb2f);
    let d = Math.imul(this.d ^ u, 0x165667b1);
    this.a = (a << 13) | (a >>> 19);
    this.b = (b << 16) | (b >>> 16);
    this.c = (c << 15) | (c >>> 17);
    this.d = (d << 17) | (d >>> 15);
    return this;
  }

  /** A string, length first, so that the pieces fed in can never run into each other. */
  str(s: string): this {
    this.unit(s.length);
    for (let i = 0; i < s.length; i++) this.unit(s.charCodeAt(i));
    return this;
  }

  /** 32 hex digits. */
  hex(): string {
    let { a, b, c, d } = this;
    a = (a + b + c + d) | 0;
    b = (b + a) | 0;
    c = (c + a) | 0;
    d = (d + a) | 0;
    return hex8(fmix(a)) + hex8(fmix(b)) + hex8(fmix(c)) + hex8(fmix(d));
  }
}

/** the usual 32-bit avalanche finaliser (every input bit affects every output bit) */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}
