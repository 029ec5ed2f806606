import { describe, expect, it } from 'vitest';
import { formatPath } from '../model/json.ts';
import { restoreText } from '../restore/restore-text.ts';
import type { Problem } from '../validate/problem.ts';
import { errorMarker, markersFor, parsePath } from './text-markers.ts';

describe('the editor’s marks', () => {
  it('puts a problem on the first line of the key it is about, in the text as it is now', () => {
    const text = '# top\nsingleuser:\n  storage:\n    capacity: 5Gi\n';
    const problem: Problem = { code: 'schema', severity: 'error', path: ['singleuser', 'storage'], message: 'bad', range: { line: 99, col: 1, endLine: 99, endCol: 2 } };
    expect(markersFor(text, [], [problem])).toEqual([{ severity: 'error', message: 'bad', line: 3, col: 3, endLine: 3, endCol: 11 }]);
    // a key no longer written: no mark
    expect(markersFor('hub: {}\n', [], [problem])).toEqual([]);
  });

  it('marks what the upgrade removed or changed at its line', () => {
    const text = 'hub:\n  db:\n    typo: x\n';
    const result = restoreText(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const marks = markersFor(text, [], [], result.changes);
    expect(marks).toHaveLength(1);
    expect(marks[0]).toEqual(expect.objectContaining({ severity: 'warning', line: 3, col: 5 }));
    expect(marks[0]!.message).toMatch(/^hub\.db\.typo: Not a setting of chart/);
  });

  it('marks a text that does not read where the reader says', () => {
    const text = 'hub:\n  baseUrl: [\n';
    const result = restoreText(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const mark = errorMarker(result.error, text);
    expect(mark.severity).toBe('error');
    expect(mark.line).toBeGreaterThanOrEqual(2);
    expect(mark.message).toMatch(/YAML syntax error/);
  });

  it('reads back the paths problems and upgrade changes are named by', () => {
    for (const path of [['hub', 'extraEnv', 'A B'], ['singleuser', 'profileList', 0, 'display_name'], ['x-y']]) {
      expect(parsePath(formatPath(path))).toEqual(path);
    }
    expect(parsePath('(root)')).toBeUndefined();
  });
});
