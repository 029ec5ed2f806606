import type { UpgradeEditor } from './editor.ts';
import { auth } from './rules/auth.ts';
import { hubMisc } from './rules/hub.ts';
import { extraConfigMap, extraConfigString } from './rules/hub-extra-config.ts';
import { ingressAnnotations, ingressHttps, tlsAcme } from './rules/ingress.ts';
import { miscChanges } from './rules/misc.ts';
import { prePuller } from './rules/pre-puller.ts';
import { proxyHttpsDefault, proxyMoves } from './rules/proxy.ts';
import { schedulerStrategy } from './rules/scheduling.ts';
import { singleuserMisc } from './rules/singleuser.ts';
import { schemaPass } from './schema-pass.ts';

/** One upgrade rule: reads and edits the values through the editor, noting what it changed. */
export type UpgradeStep = (u: UpgradeEditor) => void;

/**
 * The rules, in the order they run. The order matters: the rules that mark an old (pre-0.10)
 * config come before proxyHttpsDefault, which reads that mark; ingressAnnotations finds the
 * issuer that tlsAcme names; the schema pass cleans up what no rule knew; tlsAcme comes last,
 * as it keeps the annotation of an otherwise current config (no change made before it).
 */
export const UPGRADE_STEPS: readonly UpgradeStep[] = [
  extraConfigString,
  extraConfigMap,
  schedulerStrategy,
  ingressHttps,
  ingressAnnotations,
  auth,
  prePuller,
  proxyMoves,
  hubMisc,
  singleuserMisc,
  miscChanges,
  proxyHttpsDefault,
  schemaPass,
  tlsAcme,
];
