import type { UpgradeChange } from '../../core/config/upgrade.ts';
import { valueChangeInWords } from '../../core/config/upgrade/change-in-words.ts';
import { formatPath } from '../../core/model/json.ts';
import type { ImportErrorInfo } from '../../core/restore/index.ts';
import type { Problem } from '../../core/validate/problem.ts';
import type { CliIO } from '../io.ts';

/** A refused file on stderr, as `FILE:LINE:COL: message` with the line below; returns the exit code. */
export function printImportError(io: CliIO, file: string, error: ImportErrorInfo): number {
  const where = error.line !== undefined ? `:${error.line}${error.col !== undefined ? `:${error.col}` : ''}` : '';
  io.err(`${file}${where}: ${error.message}\n${error.snippet !== undefined ? `  ${error.snippet}\n` : ''}`);
  return 1;
}

/** What reading and upgrading a file said, on stderr (stdout stays the file). */
export function printUpgradeReport(io: CliIO, notices: readonly string[], changes: readonly UpgradeChange[], behaviourChanges: readonly Problem[] = []): void {
  for (const notice of notices) io.err(`note: ${notice}\n`);
  for (const change of changes) {
    const move = change.to ? ` → ${change.to}` : '';
    const words = valueChangeInWords(change);
    io.err(`changed: ${change.path}${move}${words ? ` (${words})` : ''}: ${change.why}\n`);
  }
  // apart from the renamed keys: what chart 4.x does differently with the values as they are
  if (behaviourChanges.length > 0) io.err(`behaviour changes (chart 3.x or older → 4.x), ${behaviourChanges.length}:\n`);
  for (const p of behaviourChanges) io.err(`behaviour change: ${formatPath(p.path)}: ${p.message}${p.doc ? ` (${p.doc})` : ''}\n`);
}
