import type { UpgradeChange } from '../config/upgrade.ts';
import { CHART_VERSION } from '../model/chart-defaults.ts';
import { initialState, type WizardState } from '../model/state.ts';
import { readPermalink, type DecodeError } from '../permalink/codec.ts';
import { restoreValues } from './restore-values.ts';

export type DecodeResult =
  | {
      ok: true;
      state: WizardState;
      /** things the admin should know: other chart version, secrets the author left out … */
      warnings: string[];
      /** where the link's author left secrets out (`hub.config.GitHubOAuthenticator.client_secret` …) */
      omittedSecrets: string[];
      /** what the restore upgraded (a link made for an older chart, or by hand) */
      changes: UpgradeChange[];
    }
  | { ok: false; error: DecodeError };

/**
 * Opens a link as the whole setup it holds: the envelope read by the permalink codec, then its
 * values through the same restore as every other untrusted input (limits, unwrap, upgrade). A link
 * that is refused changes nothing and says why. Never throws.
 */
export function decodePermalink(fragment: string): DecodeResult {
  const read = readPermalink(fragment);
  if (!read.ok) return read;
  const { content } = read;
  const restored = restoreValues(content.values);
  if (!restored.ok) {
    return { ok: false, error: { code: 'bad-content', message: `This link opened, but what it holds was refused: ${lowerFirst(restored.problem.message)}` } };
  }
  const start = initialState();
  const warnings: string[] = [];
  if (content.chart !== CHART_VERSION) {
    warnings.push(`This link was made for chart version ${content.chart}; this wizard configures chart ${CHART_VERSION}. Check the values before you deploy.`);
  }
  if (content.omittedSecrets.length > 0) {
    warnings.push(`The link's author left these secrets out of the link; set them before you deploy: ${content.omittedSecrets.join(', ')}.`);
  }
  if (restored.wrapperPath.length > 0) {
    warnings.push(`The link's values sat under ${restored.wrapperPath.join('.')} (a parent chart's block); the wizard opened the chart's values inside it.`);
  }
  if (restored.changes.length > 0) {
    warnings.push(`The link held settings of an older chart: ${restored.changes.length} were upgraded for chart ${CHART_VERSION} (${restored.changes.map((c) => c.path).join(', ')}).`);
  }
  const state: WizardState = {
    release: content.release ?? start.release,
    namespace: content.namespace ?? start.namespace,
    ...(content.kubeVersion !== undefined ? { kubeVersion: content.kubeVersion } : {}),
    values: restored.values,
    certManager: { ...start.certManager, ...content.certManager },
  };
  return { ok: true, state, warnings, omittedSecrets: content.omittedSecrets, changes: restored.changes };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
