import { parse } from 'yaml';
import { writeConfigYaml } from '../../core/config/write-config.ts';
import { isObject } from '../../core/model/json.ts';
import type { Command } from '../io.ts';

/** `config FILE`: what the wizard would download for FILE. */
export const configCommand: Command = {
  name: 'config',
  usage: 'config FILE',
  summary: 'print the config.yaml the wizard would download for FILE (- reads stdin)',
  run(args, io) {
    const file = args[0];
    if (!file) {
      io.err(`usage: z2jh-wizard ${this.usage}\n`);
      return 2;
    }
    const data: unknown = parse(io.readFile(file));
    if (data != null && !isObject(data)) {
      io.err(`${file}: config.yaml must be a mapping of Helm values\n`);
      return 1;
    }
    io.out(writeConfigYaml(data ?? {}));
    return 0;
  },
};
