/**
 * The only host globals the core may use, declared for src/core/tsconfig.json, which has no DOM
 * and no Node types: each is in every modern browser, in workers and in Node ≥ 20, so the page,
 * the engine chunk and the CLI run the same core. Anything else (`fetch`, `setTimeout`, `Buffer`,
 * `window`, `process`) does not compile in the core; pass what it would give as a parameter.
 */

interface TextEncoder {
  encode(input?: string): Uint8Array;
}
declare var TextEncoder: { prototype: TextEncoder; new (): TextEncoder };

interface TextDecodeOptions {
  stream?: boolean;
}
interface TextDecoder {
  decode(input?: ArrayBufferView | ArrayBuffer, options?: TextDecodeOptions): string;
}
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder;
};

declare function structuredClone<T>(value: T): T;

/** Web Crypto's random source only: the default for generated secrets (chart/random.ts). */
interface Crypto {
  getRandomValues<T extends ArrayBufferView | null>(array: T): T;
}
declare var crypto: Crypto;
