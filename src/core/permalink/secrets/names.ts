/**
 * Names that mark a secret (`client_secret`, `apiToken`, `PGPASSWORD`, `--db-password`) and names
 * that mark a public value (`client_id`, `image.tag`). A name is read as words: `AWSSecretAccessKey`,
 * `aws_secret_access_key` and `aws-secret-access-key` are all `aws secret access key`.
 */

/** The lower-case words of a key, env var, flag or Python name. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** a word that is a secret wherever it stands (`secretToken`, `smtp_credentials`) */
const SECRET_WORDS = new Set([
  'secret',
  'secrets',
  'token',
  'tokens',
  'credential',
  'credentials',
  'pepper',
  'apikey',
  'privatekey',
  'secretkey',
  'cryptkey',
  'accesskey',
  'sshkey',
  'masterkey',
  'dsn',
  'webhook',
  'bearer',
  'hmac',
]);
/** short words that are a secret only as the name's last word (`smtp_pass`, not `pass_through`) */
const SECRET_LAST_WORDS = new Set(['pass', 'pwd', 'passwd']);
/** `<word> key` is a secret (`api key`, `crypt key`, `service account key`), a bare `key` is not */
const KEY_QUALIFIERS = new Set([
  'api',
  'private',
  'secret',
  'crypt',
  'access',
  'signing',
  'encryption',
  'master',
  'ssh',
  'deploy',
  'bot',
  'app',
  'license',
  'account',
  'storage',
  'hmac',
  'jwt',
  'shared',
  'session',
  'auth',
  'gpg',
  'pgp',
]);
/** a last word that says the value is about a secret, not the secret (`token_url`, `secretName`) */
const NOT_SECRET_LAST_WORDS = new Set([
  'url',
  'urls',
  'uri',
  'endpoint',
  'path',
  'paths',
  'file',
  'files',
  'dir',
  'name',
  'names',
  'type',
  'ref',
  'method',
  'methods',
  'enabled',
  'enable',
  'kind',
  'length',
  'ttl',
  'lifetime',
  'expiry',
  'expires',
  'expiration',
  'age',
  'header',
  'headers',
  'claim',
  'claims',
  'scope',
  'scopes',
  'params',
  'count',
  'size',
  'policy',
  'format',
  'mode',
  'template',
  'prefix',
  'suffix',
  'strategy',
  'algorithm',
  'class',
  'provider',
  'source',
  'in',
]);
/** a word that makes the name a reference or a switch (`existingSecret`, `imagePullSecret`, `secretSync`) */
const NOT_SECRET_WORDS = new Set(['existing', 'pull', 'sync', 'automount', 'tls', 'expires', 'expiry', 'lifetime']);

/** Whether a key, env var, flag or Python name, by its name, holds a secret. */
export function isSecretName(name: string): boolean {
  // annotations such as nginx's `auth-secret` and `auth-tls-secret` name a Kubernetes Secret
  if (/\/[\w.-]*-secret$/.test(name)) return false;
  const words = nameWords(name);
  const last = words[words.length - 1];
  if (last === undefined) return false;
  if (NOT_SECRET_LAST_WORDS.has(last) && !(/^ur[il]s?$/.test(last) && words.some((w) => w === 'webhook' || w === 'dsn'))) return false;
  // `PGPASSWORD`, `MYSQL_ROOT_PASSWORD`, `tls_key_password`: a password is one whatever else the name says
  if (words.some((w) => /passw(or)?d|passphrase/.test(w))) return true;
  if (words.some((w) => NOT_SECRET_WORDS.has(w))) return false;
  if (words.some((w) => SECRET_WORDS.has(w)) || SECRET_LAST_WORDS.has(last)) return true;
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i + 1] === 'key' && KEY_QUALIFIERS.has(words[i]!)) return true;
  }
  return false;
}

/** words of names that hold identifiers and addresses, however random their values look */
const PUBLIC_WORDS = new Set([
  'id',
  'ids',
  'uid',
  'gid',
  'uuid',
  'user',
  'username',
  'login',
  'name',
  'url',
  'uri',
  'host',
  'hostname',
  'domain',
  'path',
  'dir',
  'file',
  'email',
  'region',
  'zone',
  'bucket',
  'project',
  'tenant',
  'namespace',
  'version',
  'image',
  'tag',
  'ref',
  'sha',
  'commit',
  'digest',
  'hash',
  'checksum',
  'branch',
  'repo',
  'label',
  'selector',
  'issuer',
  'audience',
  'realm',
]);

/** Whether a name says its value is an identifier or address (so a random look is no sign of a secret). */
export function isPublicName(name: string): boolean {
  return nameWords(name).some((w) => PUBLIC_WORDS.has(w));
}
