import { isObject, type Json, type JsonObject, type Path } from '../../model/json.ts';
import { SECRET_PLACEHOLDER } from './finding.ts';
import { toBase64 } from './shapes.ts';

/**
 * Places in the chart's values that decide what a value is, whatever its name or shape: Python
 * that the hub runs, files that hold credentials, token maps, env lists, and the values the
 * chart's schema requires (which keep the placeholder rather than go).
 */

/** keys whose value is a container's (or KubeSpawner's) environment: a list of {name, value} or a map */
export const ENV_KEYS = new Set(['env', 'extraEnv', 'environment', 'extra_env']);

/** maps whose keys are tokens and whose values name their owner */
export const TOKEN_MAP_KEYS = new Set(['api_tokens', 'service_tokens']);

/** maps of labels and selectors: their values are names, however random they look */
export const NAME_MAPS = new Set(['labels', 'extraLabels', 'matchLabels', 'nodeSelector', 'podLabels', 'commonLabels', 'selector']);

export function underNameMap(path: Path): boolean {
  return path.some((step) => typeof step === 'string' && NAME_MAPS.has(step));
}

function isExtraFileContent(path: Path): boolean {
  const n = path.length;
  return n >= 3 && path[n - 3] === 'extraFiles' && (path[n - 1] === 'stringData' || path[n - 1] === 'binaryData');
}

/** The mount path of the extraFiles entry that `path` (its stringData or binaryData) belongs to. */
function mountPathOf(path: Path, entry: JsonObject): string {
  return typeof entry.mountPath === 'string' ? entry.mountPath : String(path[path.length - 2]);
}

/** Whether the string at `path` (in map `parent`) is Python the hub runs: hub.extraConfig, or a .py extraFile. */
export function isPythonPlace(path: Path, parent: JsonObject): boolean {
  if (path[0] === 'hub' && path[1] === 'extraConfig' && path.length <= 3) return true;
  return isExtraFileContent(path) && path[path.length - 1] === 'stringData' && /\.py$/.test(mountPathOf(path, parent));
}

/** files that are credentials whole: .netrc, .pgpass, SSH and TLS keys, cloud credentials … */
const CREDENTIAL_FILE =
  /(^|\/)(\.?_?netrc|\.pgpass|\.git-credentials|\.my\.cnf|\.pypirc|\.npmrc|\.dockercfg|\.env|kubeconfig|id_(rsa|dsa|ecdsa|ed25519)|[^/]*\.(key|p12|pfx|jks|keystore)|([^/]*[-_.])?key\.json|[^/]*service[-_]?account[^/]*\.json|credentials(\.json)?)$/i;

/** Why the value at `path` is a secret by its place alone, or null. */
export function placeReason(path: Path, value: Json, parent: JsonObject): string | null {
  if (value === null || value === '' || isPlaceholder(value) || (Array.isArray(value) && value.length === 0)) return null;
  const n = path.length;
  if (path[n - 2] === 'CryptKeeper' && path[n - 1] === 'keys') return 'CryptKeeper keys encrypt the users’ auth state';
  if (n === 4 && path[0] === 'proxy' && path[1] === 'https' && path[2] === 'manual' && path[3] === 'key') return 'the private key of the HTTPS certificate';
  if (isExtraFileContent(path) && typeof value === 'string') {
    const file = mountPathOf(path, parent);
    if (CREDENTIAL_FILE.test(file)) return `a credentials file (${file.slice(file.lastIndexOf('/') + 1)})`;
  }
  return null;
}

const PLACEHOLDER_BASE64 = toBase64(SECRET_PLACEHOLDER);

/** Whether a value is what a link left in a secret's place. */
export function isPlaceholder(value: Json | undefined): boolean {
  return typeof value === 'string' && (value.startsWith(SECRET_PLACEHOLDER) || value === PLACEHOLDER_BASE64);
}

/**
 * The text a whole secret leaves at `path` (in map or list `parent`) where a value must stay;
 * undefined: the entry goes.
 */
export function placeholderFor(path: Path, parent: Json | undefined): string | undefined {
  const n = path.length;
  if (typeof path[n - 1] === 'number') return SECRET_PLACEHOLDER; // list positions hold
  // the schema requires the password when the chart creates the pull secret
  if (n === 2 && path[0] === 'imagePullSecret' && path[1] === 'password' && isObject(parent) && parent.create === true) return SECRET_PLACEHOLDER;
  // the schema requires one of data, stringData and binaryData; binaryData must stay base64
  if (isExtraFileContent(path)) return path[n - 1] === 'binaryData' ? PLACEHOLDER_BASE64 : SECRET_PLACEHOLDER;
  return undefined;
}

/** The container name of a map that holds an env list, for the admin. */
export function ownerName(node: JsonObject): string | undefined {
  return typeof node.name === 'string' && node.name !== '' && ('image' in node || 'command' in node || 'args' in node) ? node.name : undefined;
}

/** A Kubernetes Secret written out in the values (an extra manifest): all of its data is secret. */
export function isSecretManifest(node: JsonObject): boolean {
  return node.kind === 'Secret' && typeof node.apiVersion === 'string';
}
