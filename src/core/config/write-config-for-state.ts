import type { WizardState } from '../model/state.ts';
import { writeConfigYaml } from './write-config.ts';

/**
 * The config.yaml the admin downloads for this state. (An imported file's comments and wrapper
 * are kept by the import work; until then this writes the values alone.)
 */
export function writeConfig(state: WizardState): string {
  return writeConfigYaml(state.values);
}
