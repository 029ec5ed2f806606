import { CHART_KUBE_VERSION } from '../model/chart-release.ts';

/**
 * The Kubernetes version a release targets, as `helm template --kube-version` reads it, and the
 * chart's `kubeVersion` gate. Chart 4.4.0's templates never ask `.Capabilities` (no
 * `.Capabilities.KubeVersion`, no `.Capabilities.APIVersions.Has`): the version changes no
 * rendered object, only whether helm renders at all.
 */

export interface KubeVersion {
  major: number;
  minor: number;
  patch: number;
  /** as helm prints it: the text given, with a `v` in front */
  text: string;
}

export type KubeVersionRead = { ok: true; version: KubeVersion } | { ok: false; message: string };

/**
 * Helm's reading of `--kube-version`: two or more dot-separated numbers, an optional `v` before
 * and anything after (`1.30`, `v1.30.0`, `1.27.3-gke.100`); a missing patch is 0.
 */
export function readKubeVersion(input: string): KubeVersionRead {
  const text = input.trim();
  const m = /^v?(\d+(?:\.\d+)*)(.*)$/.exec(text);
  if (!m) return { ok: false, message: `invalid kube version '${input}': could not parse "${input}" as version` };
  const parts = m[1]!.split('.').map(Number);
  if (parts.length < 2) return { ok: false, message: `invalid kube version '${input}': illegal version string "${input}"` };
  const [major, minor, patch = 0] = parts as [number, number, number?];
  return { ok: true, version: { major, minor, patch, text: text.startsWith('v') ? text : `v${text}` } };
}

/** The lowest version of the chart's range (`>=1.28.0-0` → 1.28.0); the chart has only ever set a floor. */
export function chartKubeFloor(range: string = CHART_KUBE_VERSION): { major: number; minor: number; patch: number } {
  const m = /^>=\s*v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(range.trim());
  if (!m) return { major: 0, minor: 0, patch: 0 };
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0) };
}

/**
 * What helm says when it will not render for `input`: an unreadable version, or one below the
 * chart's kubeVersion (a pre-release of the floor itself passes: `-0` in the range admits it).
 */
export function kubeVersionRefusal(input: string): string | undefined {
  const read = readKubeVersion(input);
  if (!read.ok) return read.message;
  const v = read.version;
  const floor = chartKubeFloor();
  const below = v.major !== floor.major ? v.major < floor.major : v.minor !== floor.minor ? v.minor < floor.minor : v.patch < floor.patch;
  if (below) return `chart requires kubeVersion: ${CHART_KUBE_VERSION} which is incompatible with Kubernetes ${v.text}`;
  return undefined;
}
