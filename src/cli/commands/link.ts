import { writeConfigYaml } from '../../core/config/write-config.ts';
import { initialState } from '../../core/model/state.ts';
import { encodePermalink, permalinkUrl } from '../../core/permalink/index.ts';
import { restore } from '../../core/restore/index.ts';
import { parseArgs } from '../args.ts';
import type { Command } from '../io.ts';
import { printImportError, printUpgradeReport } from './report.ts';

export const DEFAULT_LINK_BASE = 'http://127.0.0.1:4173/';

/** `link FILE`: the permalink that opens FILE's values in the wizard, as the wizard would import FILE. */
export const linkCommand: Command = {
  name: 'link',
  usage: 'link FILE [--base URL] [--include-secrets]',
  summary: 'print a permalink that opens FILE in the wizard (secrets left out unless asked)',
  run(args, io) {
    const { positional, options } = parseArgs(args, ['base']);
    const file = positional[0];
    const base = options.get('base');
    if (!file || positional.length > 1 || base === true) {
      io.err(`usage: z2jh-wizard ${this.usage}\n`);
      return 2;
    }
    const result = restore({ kind: 'text', text: io.readFile(file), maxBytes: Infinity });
    if (!result.ok) return printImportError(io, file, result.error);
    printUpgradeReport(io, result.notices, result.changes);
    const includeSecrets = options.get('include-secrets') === true;
    const state = { ...initialState(), values: result.values, certManager: { ...initialState().certManager, ...result.certManager } };
    const { fragment, omitted } = encodePermalink(state, { includeSecrets });
    io.out(`${permalinkUrl(base ?? DEFAULT_LINK_BASE, fragment)}\n`);
    if (omitted.length > 0) {
      const lines = omitted.map((f) => `  ${f.where}: ${f.reason}\n`).join('');
      io.err(`left out of the link (${omitted.length} secret${omitted.length === 1 ? '' : 's'}; --include-secrets keeps them):\n${lines}`);
    }
    return 0;
  },
};

/** `unlink LINK`: the config.yaml a permalink holds, opened as the wizard opens it. */
export const unlinkCommand: Command = {
  name: 'unlink',
  usage: 'unlink LINK',
  summary: 'print the config.yaml a permalink (whole URL or just the #fragment) holds',
  run(args, io) {
    const link = args[0];
    if (!link || args.length > 1) {
      io.err(`usage: z2jh-wizard ${this.usage}\n`);
      return 2;
    }
    const result = restore({ kind: 'link', link });
    if (!result.ok) {
      io.err(`${result.error.message}\n`);
      return 1;
    }
    const { state, warnings } = result;
    const start = initialState();
    if (state.release !== start.release || state.namespace !== start.namespace) {
      io.err(`release ${state.release} in namespace ${state.namespace}\n`);
    }
    for (const warning of warnings) io.err(`warning: ${warning}\n`);
    io.out(writeConfigYaml(state.values));
    return 0;
  },
};
