/**
 * Old configs brought to the chart the wizard configures: upgrade/ holds the editor, one rule
 * file per area (rules/, run in the order of steps.ts) and the schema pass. This path keeps the
 * names its importers use.
 */
export { upgradeValues } from './upgrade/upgrade-values.ts';
export { DEFAULT_CLUSTER_ISSUER } from './upgrade/rules/ingress.ts';
export type { UpgradeChange, UpgradeMove, UpgradeResult } from './upgrade/types.ts';
