import type { JsonObject } from '../model/json.ts';
import type { WizardState } from '../model/state.ts';
import { withDefaults } from '../values/coalesce.ts';

/**
 * The values the chart's templates and helm's schema check see: the chart's defaults with the
 * admin's values on top, coalesced as helm does — the renderer's own merge (values/coalesce.ts),
 * with its cache, so validation and the renderer never disagree on what `.Values` holds.
 */
export function effectiveValues(state: Pick<WizardState, 'values'>): JsonObject {
  return withDefaults(state.values);
}

export { withDefaults as mergeWithDefaults, withDefaults as mergedOnce };
