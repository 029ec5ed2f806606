export { decodePermalink, type DecodeResult } from '../restore/restore-link.ts';
export {
  encodePermalink,
  readPermalink,
  fragmentFromUrl,
  measurePermalink,
  permalinkUrl,
  omittedPlaces,
  MAX_INFLATED_BYTES,
  PERMALINK_FORMAT_VERSION,
  type DecodeError,
  type DecodeErrorCode,
  type LinkContent,
  type LinkReadResult,
  type EncodeOptions,
  type EncodeResult,
} from './codec.ts';
export { findSecrets, isSecretName, withoutSecrets, SECRET_PLACEHOLDER, type SecretFinding } from './secrets.ts';
