const SUFFIX: Record<string, number> = {
  '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

/** A Kubernetes storage quantity (`10Gi`, `500M`, `1e9`) in bytes, or undefined when it is none. */
export function quantityBytes(text: string): number | undefined {
  const m = /^([0-9]+(?:\.[0-9]+)?(?:[eE][0-9]+)?)([kMGTPE]i?|)$/.exec(text.trim());
  if (!m) return undefined;
  const factor = SUFFIX[m[2]!];
  return factor === undefined ? undefined : Number(m[1]) * factor;
}
