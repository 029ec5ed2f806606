import type { WizardState } from '../model/state.ts';
import { prepareImport, writeImported } from './imported-text.ts';
import { writeConfigYaml } from './write-config.ts';

/**
 * The config.yaml the admin downloads for this state. For an imported file that is the file
 * itself with the values patched in place at its wrapper (comments, layout, unknown keys and the
 * parent chart's settings kept; an upgrade of old settings written in); otherwise the values alone.
 */
export function writeConfig(state: WizardState): string {
  if (state.imported) {
    const prepared = prepareImport(state.imported.text, state.imported.wrapperPath);
    if (prepared) return writeImported(prepared, state.values);
  }
  return writeConfigYaml(state.values);
}
