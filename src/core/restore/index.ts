export { restore, type UntrustedInput } from './restore.ts';
export { restoreText, type ImportOptions } from './restore-text.ts';
export { decodePermalink, type DecodeResult } from './restore-link.ts';
export { restoreSaved, savedWorkText, WORK_FORMAT, type SavedWork } from './restore-saved.ts';
export { restoreValues } from './restore-values.ts';
export { checkValuesShape, VALUE_LIMITS } from './limits.ts';
export type { ImportErrorInfo, ImportFailure, ImportResult, ImportSuccess } from './types.ts';
export { applyImport } from './apply-import.ts';
