import { holdForReview } from '../code-review/hold.ts';
import { defaultCertManager, type Update } from '../model/state.ts';
import type { ImportSuccess } from './types.ts';

/**
 * An import as one update: the file's values and text replace the work's, and so do the wizard's
 * own settings the values shape (the cert-manager issuer, its e-mail …), back to their defaults
 * unless the file implies them — an e-mail typed for the earlier setup must not end up in the
 * imported one's ClusterIssuer. Release and namespace, which the file does not hold, stay. The
 * code the file carries waits for the admin's review (code-review/); images the replaced work
 * uses are not asked about.
 */
export function applyImport(result: ImportSuccess): Update {
  return (state) =>
    holdForReview(
      {
        release: state.release,
        namespace: state.namespace,
        values: result.values,
        imported: result.imported,
        certManager: { ...defaultCertManager, ...result.certManager },
      },
      state,
    );
}
