export {
  decodePermalink,
  encodePermalink,
  fragmentFromUrl,
  measurePermalink,
  permalinkUrl,
  MAX_INFLATED_BYTES,
  PERMALINK_FORMAT_VERSION,
  type DecodeError,
  type DecodeErrorCode,
  type DecodeResult,
  type EncodeOptions,
  type EncodeResult,
} from './codec.ts';
export { findSecrets, isSecretName, withoutSecrets, SECRET_PLACEHOLDER, type SecretFinding } from './secrets.ts';
