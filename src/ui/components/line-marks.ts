import type { Problem } from '../../core/validate/problem.ts';

/** What a line of a text is marked with: the worst severity of its problems, and their messages. */
export interface LineMark {
  severity: 'error' | 'warning';
  messages: string[];
}

/** The line marks of located problems (1-based line → mark): a problem marks the line it starts on. */
export function lineMarks(problems: readonly Problem[]): Map<number, LineMark> {
  const marks = new Map<number, LineMark>();
  for (const p of problems) {
    if (!p.range) continue;
    const mark = marks.get(p.range.line);
    if (!mark) marks.set(p.range.line, { severity: p.severity, messages: [p.message] });
    else {
      mark.messages.push(p.message);
      if (p.severity === 'error') mark.severity = 'error';
    }
  }
  return marks;
}
