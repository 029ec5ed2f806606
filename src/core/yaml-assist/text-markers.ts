import type { UpgradeChange } from '../config/upgrade.ts';
import type { Path } from '../model/json.ts';
import type { ImportErrorInfo } from '../restore/types.ts';
import type { Problem } from '../validate/problem.ts';
import { readValuesFile } from '../values/read-values-file.ts';
import type { SourceRange } from '../values/source-range.ts';

/** A mark in the editor's text: 1-based, the end column exclusive; on one line (a block's first). */
export interface TextMarker {
  severity: 'error' | 'warning' | 'info';
  message: string;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/**
 * The editor's marks for a text that reads: each problem at the key it is about, and each change
 * the upgrade made at the setting it changed (the text keeps what the admin typed until a form
 * edit writes the upgrade in). Located in this text, which may be newer than the one the problems
 * were found in: nothing is marked where its key is no longer written.
 */
export function markersFor(text: string, wrapperPath: readonly string[], problems: readonly Problem[], changes: readonly UpgradeChange[] = []): TextMarker[] {
  const read = readValuesFile(text, { maxBytes: Infinity, wrapperPath });
  if (!read.ok) return [];
  const lines = text.split('\n');
  const out: TextMarker[] = [];
  const mark = (severity: TextMarker['severity'], message: string, range: SourceRange) => out.push(onFirstLine(severity, message, range, lines));
  for (const p of problems) {
    if (p.setting) continue;
    // a problem of the file itself (a repeated key) is placed already; one of the values is placed by its path
    const found = p.code === 'duplicate-key' ? p.range : read.file.locate(p.path)?.range;
    if (found) mark(p.severity, p.message, found);
  }
  for (const c of changes) {
    const path = parsePath(c.path);
    const found = path && read.file.locate(path);
    if (found?.exact) mark('warning', `${c.path}: ${c.why}`, found.range);
  }
  return out;
}

/** The mark of a text that does not read, at the place the reader names (the first line otherwise). */
export function errorMarker(error: ImportErrorInfo, text: string): TextMarker {
  const lines = text.split('\n');
  const line = Math.min(Math.max(error.line ?? 1, 1), Math.max(lines.length, 1));
  const length = lines[line - 1]?.length ?? 0;
  const col = Math.min(Math.max(error.col ?? 1, 1), length + 1);
  return { severity: 'error', message: error.message, line, col, endLine: line, endCol: Math.max(length + 1, col + 1) };
}

function onFirstLine(severity: TextMarker['severity'], message: string, range: SourceRange, lines: readonly string[]): TextMarker {
  const lineEnd = (lines[range.line - 1]?.length ?? 0) + 1;
  const endCol = range.endLine === range.line ? range.endCol : lineEnd;
  return { severity, message, line: range.line, col: range.col, endLine: range.line, endCol: Math.max(endCol, range.col + 1) };
}

/** A path as formatPath writes it (`hub.extraEnv["A B"]`, `singleuser.profileList[0]`) back as steps; undefined if it is not one. */
export function parsePath(text: string): Path | undefined {
  const steps: (string | number)[] = [];
  const token = /\.?([A-Za-z_][\w-]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let at = 0;
  while (at < text.length) {
    token.lastIndex = at;
    const m = token.exec(text);
    if (!m || (m[1] !== undefined && at === 0 && text[0] === '.')) return undefined;
    if (m[1] !== undefined) steps.push(m[1]);
    else if (m[2] !== undefined) steps.push(Number(m[2]));
    else steps.push(JSON.parse(m[3]!) as string);
    at = token.lastIndex;
  }
  return steps.length ? steps : undefined;
}
