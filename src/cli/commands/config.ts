import { writeConfig } from '../../core/config/write-config-for-state.ts';
import { initialState } from '../../core/model/state.ts';
import { restore } from '../../core/restore/index.ts';
import type { Command } from '../io.ts';
import { printImportError, printUpgradeReport } from './report.ts';

/** `config FILE`: what the wizard would download for FILE (upgraded, wrapper and comments kept). */
export const configCommand: Command = {
  name: 'config',
  usage: 'config FILE',
  summary: 'print the config.yaml the wizard would download for FILE (- reads stdin); upgrades old settings',
  run(args, io) {
    const file = args[0];
    if (!file) {
      io.err(`usage: z2jh-wizard ${this.usage}\n`);
      return 2;
    }
    const result = restore({ kind: 'text', text: io.readFile(file), maxBytes: Infinity });
    if (!result.ok) return printImportError(io, file, result.error);
    io.out(writeConfig({ ...initialState(), values: result.values, imported: result.imported }));
    printUpgradeReport(io, result.notices, result.changes, result.behaviourChanges);
    return 0;
  },
};
