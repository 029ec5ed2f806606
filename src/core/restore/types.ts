import type { UpgradeChange } from '../config/upgrade.ts';
import type { Problem } from '../validate/problem.ts';
import type { ImportedConfig } from '../model/state.ts';
import type { CertManagerSettings } from '../model/state.ts';
import type { JsonObject } from '../model/json.ts';

/** Why something untrusted was not taken in: for the admin, with the place when there is one. */
export interface ImportErrorInfo {
  message: string;
  /** 1-based */
  line?: number;
  /** 1-based */
  col?: number;
  /** the offending line */
  snippet?: string;
}

export interface ImportSuccess {
  ok: true;
  /** the chart's values, upgraded to 4.4.0 */
  values: JsonObject;
  /** what the download patches: the original text and where the values sit in it */
  imported: ImportedConfig;
  /** what the upgrade changed, for the admin */
  changes: UpgradeChange[];
  /**
   * What chart 4.x does differently with these values than the older chart the file was written
   * for (empty for a file of chart 4.x): the same warnings validation gives while the work holds
   * this import
   */
  behaviourChanges: Problem[];
  /** other things worth saying about the file (wrapper, several documents, repeated keys) */
  notices: string[];
  /** cert-manager settings the file implies (the ClusterIssuer its Ingress names) */
  certManager?: Partial<CertManagerSettings>;
}

export interface ImportFailure {
  ok: false;
  error: ImportErrorInfo;
}

export type ImportResult = ImportSuccess | ImportFailure;
