import { parseDocument } from 'yaml';
import { formatPath, isObject, type JsonObject } from '../../core/model/json.ts';
import { initialState } from '../../core/model/state.ts';
import { validateState } from '../../core/validate/index.ts';
import { parseArgs } from '../args.ts';
import type { Command } from '../io.ts';

/**
 * `validate FILE`: every problem the wizard sees in FILE (chart 4.4.0's schema and the field
 * rules), one per line as `error ingress.hosts[1]: …`; exit 1 if any is an error.
 */
export const validateCommand: Command = {
  name: 'validate',
  usage: 'validate FILE',
  summary: 'check FILE against chart 4.4.0 (schema and field rules); exit 1 on errors',
  run(args, io) {
    const { positional } = parseArgs(args);
    const file = positional[0];
    if (!file) {
      io.err(`usage: z2jh-wizard ${this.usage}\n`);
      return 2;
    }
    const text = io.readFile(file);
    // as helm reads values: YAML merge keys (`<<`) apply, and a repeated key wins over earlier ones
    const doc = parseDocument(text, { prettyErrors: true, merge: true, uniqueKeys: false });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) io.out(`error ${where(file, e.linePos)}: YAML syntax error: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}\n`);
      return 1;
    }
    const duplicates = parseDocument(text, { prettyErrors: true, merge: true }).errors.filter((e) => e.code === 'DUPLICATE_KEY');
    for (const e of duplicates) {
      io.out(`warning ${where(file, e.linePos)}: this key is repeated in its mapping; helm keeps only the last one\n`);
    }
    const data: unknown = doc.toJS();
    if (data != null && !isObject(data)) {
      io.out(`error (root): ${file} must be a mapping of Helm values (key: value lines)\n`);
      return 1;
    }
    const state = { ...initialState(), values: (data ?? {}) as JsonObject };
    const problems = validateState(state, { wizardSettings: false });
    for (const p of problems) io.out(`${p.severity} ${formatPath(p.path)}: ${p.message}\n`);
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors + duplicates.length;
    if (problems.length + duplicates.length === 0) io.out(`${file}: no problems found\n`);
    else io.err(`${file}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`);
    return errors > 0 ? 1 : 0;
  },
};

function where(file: string, linePos: readonly { line: number; col: number }[] | undefined): string {
  const pos = linePos?.[0];
  return pos ? `${file}:${pos.line}:${pos.col}` : file;
}
