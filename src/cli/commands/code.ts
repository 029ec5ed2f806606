import { describePiece, splitForReview } from '../../core/code-review/index.ts';
import { restore } from '../../core/restore/index.ts';
import type { Command } from '../io.ts';
import { printImportError } from './report.ts';

/**
 * `code FILE`: the pieces of code the wizard holds back for review when FILE arrives (the review
 * panel's list), each with its place and its code. Exit 0 when there are none, 1 when there are
 * some (a pull request that adds code to a config can be flagged in CI), 2 on an error.
 */
export const codeCommand: Command = {
  name: 'code',
  usage: 'code FILE',
  summary: 'list the code FILE carries (snippets, containers, hooks, commands, scripts, new registries); exit 1 if any',
  run(args, io) {
    const file = args[0];
    if (!file || args.length > 1) {
      io.err(`usage: z2jh-wizard ${this.usage}\n`);
      return 2;
    }
    const result = restore({ kind: 'text', text: io.readFile(file), maxBytes: Infinity });
    if (!result.ok) {
      printImportError(io, file, result.error);
      return 2;
    }
    const { pending } = splitForReview(result.values);
    for (const item of pending.map(describePiece)) {
      const body = item.code.replace(/\n$/, '').replace(/^/gm, '    ');
      io.out(`${item.place}: ${item.kind}: ${item.label}\n${body}\n`);
    }
    io.err(`${file}: ${pending.length === 1 ? '1 piece' : `${pending.length} pieces`} of code to review\n`);
    return pending.length > 0 ? 1 : 0;
  },
};
