import { importConfig } from '../../core/config/import-config.ts';
import { writeConfig } from '../../core/config/write-config-for-state.ts';
import { initialState } from '../../core/model/state.ts';
import type { Command } from '../io.ts';

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
    const result = importConfig(io.readFile(file));
    if (!result.ok) {
      const { message, line, col, snippet } = result.error;
      const where = line !== undefined ? `:${line}${col !== undefined ? `:${col}` : ''}` : '';
      io.err(`${file}${where}: ${message}\n${snippet !== undefined ? `  ${snippet}\n` : ''}`);
      return 1;
    }
    io.out(writeConfig({ ...initialState(), values: result.values, imported: result.imported }));
    for (const notice of result.notices) io.err(`note: ${notice}\n`);
    for (const change of result.changes) {
      const move = change.to ? ` → ${change.to}` : '';
      io.err(`changed: ${change.path}${move}: ${change.why}\n`);
    }
    return 0;
  },
};
