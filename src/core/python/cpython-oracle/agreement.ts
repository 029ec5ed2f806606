/**
 * How far the checker agrees with CPython on a corpus: the figures the oracle test judges and
 * prints. Pure, so a test can also show it does catch a checker that is wrong.
 */
export type SnippetKind = 'real' | 'modern' | 'edge' | 'mistake' | 'stdlib' | 'mutation' | 'held-out';

export interface CorpusEntry {
  kind: SnippetKind;
  source: string;
}

/** What `compile(source, '<snippet>', 'exec')` said: null when it compiled. */
export type CPythonVerdict = { type: string; message: string; line: number } | null;

/** What the checker said: its diagnostics' lines and messages, in its order. */
export type CheckerVerdict = readonly { line: number; message: string }[];

export interface Disagreement {
  kind: SnippetKind;
  source: string;
  cpython: CPythonVerdict;
  checker: CheckerVerdict;
}

export interface Agreement {
  total: number;
  byKind: Record<string, { total: number; invalid: number }>;
  /** Snippets where both say valid, or both say invalid. */
  agreeing: number;
  /** CPython compiles it, the checker reports an error: the failure that must not happen. */
  falseErrors: Disagreement[];
  /** CPython refuses it, the checker is silent. */
  missed: Disagreement[];
  /** Among snippets both call invalid: the checker's first diagnostic is on CPython's line. */
  bothInvalid: number;
  sameLine: number;
  otherLine: Disagreement[];
}

export function measureAgreement(entries: readonly CorpusEntry[], cpython: readonly CPythonVerdict[], checker: readonly CheckerVerdict[]): Agreement {
  const result: Agreement = { total: entries.length, byKind: {}, agreeing: 0, falseErrors: [], missed: [], bothInvalid: 0, sameLine: 0, otherLine: [] };
  entries.forEach((entry, i) => {
    const python = cpython[i] ?? null;
    const ours = checker[i] ?? [];
    const kind = (result.byKind[entry.kind] ??= { total: 0, invalid: 0 });
    kind.total++;
    if (python) kind.invalid++;
    const disagreement = { kind: entry.kind, source: entry.source, cpython: python, checker: ours };
    if (!python && ours.length === 0) result.agreeing++;
    else if (!python) result.falseErrors.push(disagreement);
    else if (ours.length === 0) result.missed.push(disagreement);
    else {
      result.agreeing++;
      result.bothInvalid++;
      if (ours[0]!.line === python.line) result.sameLine++;
      else result.otherLine.push(disagreement);
    }
  });
  return result;
}

function percent(part: number, whole: number): string {
  return whole ? `${((100 * part) / whole).toFixed(1)}%` : '—';
}

/** A few lines for the test's output: sizes by kind, agreement, line agreement. */
export function describeAgreement(label: string, a: Agreement): string {
  const kinds = Object.entries(a.byKind)
    .map(([kind, n]) => `${kind} ${n.total} (${n.invalid} invalid)`)
    .join(', ');
  return [
    `${label}: ${a.total} snippets — ${kinds}`,
    `  valid/invalid agreement ${percent(a.agreeing, a.total)} (${a.agreeing}/${a.total}); false errors ${a.falseErrors.length}; missed errors ${a.missed.length}`,
    `  same line as CPython on ${percent(a.sameLine, a.bothInvalid)} of the errors both report (${a.sameLine}/${a.bothInvalid})`,
  ].join('\n');
}

/** One disagreement, readable in a test failure. */
export function describeDisagreement(d: Disagreement): string {
  const python = d.cpython ? `${d.cpython.type} line ${d.cpython.line}: ${d.cpython.message}` : 'compiles';
  const ours = d.checker.length ? d.checker.map((c) => `line ${c.line}: ${c.message}`).join('; ') : 'no diagnostic';
  return `[${d.kind}] ${JSON.stringify(d.source.length > 600 ? d.source.slice(0, 600) + '…' : d.source)}\n    CPython: ${python}\n    checker: ${ours}`;
}
