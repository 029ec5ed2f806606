import { describe, expect, it } from 'vitest';
import { initialState } from '../model/state.ts';
import { applyImport } from './apply-import.ts';
import { restoreText } from './restore-text.ts';

describe('an import replaces the setup, hidden settings included', () => {
  it('the cert-manager e-mail typed before the import does not reach the imported setup; release and namespace stay', () => {
    const before = { ...initialState(), release: 'hub-a', certManager: { ...initialState().certManager, email: 'me@old.example.org', issuerName: 'old' } };
    const result = restoreText('ingress:\n  enabled: true\n  annotations:\n    cert-manager.io/cluster-issuer: le-prod\n');
    if (!result.ok) throw new Error(result.error.message);
    const after = applyImport(result)(before);
    expect(after.certManager).toEqual({ ...initialState().certManager, issuerName: 'le-prod' });
    expect(after.release).toBe('hub-a');
    expect(after.imported?.text).toContain('le-prod');
  });
});
