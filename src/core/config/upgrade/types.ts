import type { Json, JsonObject, Path } from '../../model/json.ts';

/** One thing the upgrade did to an old config, in words for the admin. */
export interface UpgradeChange {
  /** where the old setting was: `singleuser.schedulerStrategy` */
  path: string;
  /** the new place, when the setting moved or was renamed */
  to?: string;
  before?: Json;
  after?: Json;
  why: string;
}

/** A subtree that moved as a whole: the download moves its text (and comments) along with it. */
export interface UpgradeMove {
  from: Path;
  to: Path;
}

export interface UpgradeResult {
  values: JsonObject;
  changes: UpgradeChange[];
  /** moves, in the order they were made; `from` and `to` are paths in the values */
  moves: UpgradeMove[];
  /** the cert-manager ClusterIssuer the upgraded Ingress now names, when the upgrade set one */
  issuerName?: string;
  /** advice about settings that still work in the chart but are outdated (nothing was changed for them) */
  advice: string[];
}
