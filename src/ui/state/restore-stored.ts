import type { WizardState } from '../../core/model/state.ts';
import { savedWorkText } from '../../core/saved/saved-state.ts';
import { loadEngine } from '../engine/load-engine.ts';

/**
 * A setup the page read back from storage lightly (an earlier setup, another tab's work), restored
 * in full before it becomes the work: its values through the same restore as a link, its imported
 * file read again. Undefined when the full restore refuses it.
 */
export async function restoreStoredState(state: WizardState): Promise<WizardState | undefined> {
  const engine = await loadEngine();
  const restored = engine.restore({ kind: 'saved', raw: savedWorkText(state, new Date().toISOString()) });
  return restored.kind === 'ok' ? restored.state : undefined;
}
