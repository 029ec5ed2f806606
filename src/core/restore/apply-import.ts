import { defaultCertManager, type Update } from '../model/state.ts';
import type { ImportSuccess } from './types.ts';

/**
 * An import as one update: the file's values and text replace the work's, and so do the wizard's
 * own settings the values shape (the cert-manager issuer, its e-mail …), back to their defaults
 * unless the file implies them — an e-mail typed for the earlier setup must not end up in the
 * imported one's ClusterIssuer. Release and namespace, which the file does not hold, stay. The
 * import becomes the baseline of the Changes view, unless a deployed file was opened for it.
 */
export function applyImport(result: ImportSuccess): Update {
  return (state) => ({
    ...state,
    values: result.values,
    imported: result.imported,
    certManager: { ...defaultCertManager, ...result.certManager },
    // the file is what runs now, unless the admin opened the deployed file apart: that one stays
    baseline: state.baseline?.from === 'file' ? state.baseline : { from: 'import' },
  });
}
