/**
 * Secrets and links: which values a link leaves out unless the admin includes them, and how.
 * secrets/find.ts finds them (by name, place and shape), secrets/strip.ts takes them out.
 */
export { SECRET_PLACEHOLDER, type SecretCut, type SecretFinding } from './secrets/finding.ts';
export { findSecrets } from './secrets/find.ts';
export { isSecretName } from './secrets/names.ts';
export { withoutSecrets } from './secrets/strip.ts';
