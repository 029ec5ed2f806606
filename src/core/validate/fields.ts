import type { WizardState } from '../model/state.ts';
import { effectiveValues } from './merge.ts';
import type { Problem } from './problem.ts';
import { makeContext, type FieldRule } from './rules/context.ts';
import { customRules } from './rules/custom.ts';
import { hubRules } from './rules/hub.ts';
import { httpRouteRules } from './rules/http-route.ts';
import { certManagerSettingsRules, httpsRules } from './rules/https.ts';
import { imageRules } from './rules/images.ts';
import { ingressRules } from './rules/ingress.ts';
import { prePullerRules, profileImageRules } from './rules/pre-puller.ts';
import { behaviourChangeRules } from './rules/behaviour-changes.ts';
import { hubStartRules } from './rules/hub-start.ts';
import { loginRules } from './rules/login.ts';
import { plainTextSecretRules } from './rules/plain-text-secrets.ts';
import { pythonSyntaxRules } from './rules/python.ts';
import { releaseSettingsRules } from './rules/release.ts';
import { schedulingRules } from './rules/scheduling.ts';
import { storageRules } from './rules/storage.ts';

/** The field rules over the Helm values, by area. */
export const VALUE_RULES: readonly FieldRule[] = [
  ingressRules,
  httpRouteRules,
  httpsRules,
  imageRules,
  prePullerRules,
  profileImageRules,
  hubRules,
  customRules,
  schedulingRules,
  pythonSyntaxRules,
  loginRules,
  plainTextSecretRules,
  hubStartRules,
  storageRules,
  behaviourChangeRules,
];

export interface FieldCheckOptions {
  /**
   * Also check the wizard's own settings outside the values (the cert-manager e-mail). Off for
   * the CLI, which validates a config.yaml alone. Default true.
   */
  wizardSettings?: boolean;
}

/**
 * `checkFields(state)`: the rules the schema cannot express — Kubernetes name rules, values the
 * chart's templates refuse, and combinations of settings that do not work together — over the
 * chart's defaults merged with state.values.
 */
export function checkFields(state: WizardState, options: FieldCheckOptions = {}): Problem[] {
  const ctx = makeContext(state, effectiveValues(state));
  const rules = options.wizardSettings === false ? VALUE_RULES : [...VALUE_RULES, certManagerSettingsRules, releaseSettingsRules];
  return rules.flatMap((rule) => rule(ctx));
}
