import { isPair, isScalar, isSeq, visit, type Node } from 'yaml';
import { formatPath, type Json, type JsonObject, type Path } from '../model/json.ts';
import { getIn } from '../model/paths.ts';
import { mergeDocuments } from './merge-documents.ts';
import { locatePath, type Located } from './positions.ts';
import { isObject } from './shape.ts';
import { lineIndex, type LineIndex, type SourceRange } from './source-range.ts';
import { findWrapperPath } from './wrapper.ts';
import { MAX_ALIAS_COUNT, readDocuments, type ParsedDocument } from './yaml-reader.ts';

/** What reading a values file can find, each with a code of its own (a closed list). */
export type FileProblemCode =
  | 'file-too-large'
  | 'yaml-syntax'
  | 'helm-refuses'
  | 'too-many-documents'
  | 'duplicate-key'
  | 'alias-bomb'
  | 'unreadable-document'
  | 'not-a-mapping'
  | 'not-plain-data'
  | 'several-documents'
  | 'wrapped-values';

export interface FileProblem {
  code: FileProblemCode;
  /** errors refuse the file; warnings and notes are said and the file is read as helm reads it */
  severity: 'error' | 'warning' | 'info';
  message: string;
  range?: SourceRange;
  /** the text of the line the problem starts on */
  snippet?: string;
}

/** A values file as helm reads it, with where everything in it is written. */
export interface ValuesFile {
  text: string;
  docs: ParsedDocument[];
  /** the data of each document (null for an empty one) */
  docData: (JsonObject | null)[];
  /** every document merged as helm merges them, wrapper included */
  data: JsonObject;
  /** where the chart's values sit: `[]` at the top, `['jupyterhub']`, `['binderhub', 'jupyterhub']` … */
  wrapperPath: string[];
  /** the chart's values as written */
  values: JsonObject;
  /** what is worth saying about the file that does not stop it being read (repeated keys, wrapper …) */
  problems: FileProblem[];
  /** where a path into the chart's values is written (or its nearest written ancestor) */
  locate(path: Path): Located | undefined;
}

export interface ReadOptions {
  /** larger texts are refused (default 1 MB) */
  maxBytes?: number;
  /** repeated keys in one mapping: read as helm does (the last wins) with a warning, or refused */
  duplicateKeys?: 'warn' | 'error';
  /** where the values sit, when known already (a saved import); found in the data otherwise */
  wrapperPath?: readonly string[];
}

export type ReadResult = { ok: true; file: ValuesFile } | { ok: false; error: FileProblem };

export const DEFAULT_MAX_BYTES = 1_000_000;
/** More documents than this in one file are refused: helm merges them one by one, and so would the wizard. */
export const MAX_DOCUMENTS = 100;

/**
 * Reads a values file the way helm does — YAML 1.1 scalars, `<<` merge keys, repeated keys (the
 * last wins), every `---` document merged over the ones before — and finds the chart's values in
 * it, also under a parent chart's key. The one reader of values text in the core: every CLI
 * command, the import and saved imports go through it. Never throws.
 */
export function readValuesFile(text: string, options: ReadOptions = {}): ReadResult {
  try {
    return read(text, options);
  } catch (error) {
    return { ok: false, error: { code: 'unreadable-document', severity: 'error', message: `Could not read the file: ${error instanceof Error ? error.message : String(error)}` } };
  }
}

function read(text: string, options: ReadOptions): ReadResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = utf8Length(text);
  if (bytes > maxBytes) {
    return refuse('file-too-large', `The file is ${formatBytes(bytes)}; files over ${formatBytes(maxBytes)} are refused (a config.yaml is usually a few kilobytes).`);
  }
  const lines = lineIndex(text);
  const at = (start: number, end = start) => {
    const range = lines.range(start, end);
    return { range, snippet: lines.lineText(range.line) };
  };
  const { docs, refusals } = readDocuments(text);
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) {
      const where = at(error.pos[0], error.pos[1]);
      return refuse('yaml-syntax', `YAML syntax error at line ${where.range.line}, column ${where.range.col}: ${firstLine(error.message)}`, where);
    }
  }
  const refusal = refusals.sort((a, b) => a.start - b.start)[0];
  if (refusal) {
    const where = at(refusal.start, refusal.end);
    return refuse('helm-refuses', `Line ${where.range.line}, column ${where.range.col}: ${refusal.message}.`, where);
  }
  if (docs.length > MAX_DOCUMENTS) {
    return refuse('too-many-documents', `The file holds ${docs.length} YAML documents (--- lines); more than ${MAX_DOCUMENTS} is refused, as no config.yaml needs so many.`);
  }
  const problems: FileProblem[] = [];
  for (const doc of docs) {
    for (const dup of findDuplicates(doc)) {
      const where = at(dup.offset);
      const firstLine = lines.position(dup.firstOffset).line;
      if (options.duplicateKeys === 'error') {
        return refuse('duplicate-key', `Key "${dup.path}" appears twice: at line ${firstLine} and again at line ${where.range.line}. Merge the two into one.`, where);
      }
      problems.push({
        code: 'duplicate-key',
        severity: 'warning',
        message:
          `Key "${dup.path}" appears twice (lines ${firstLine} and ${where.range.line}). Helm uses only the last one, so everything under line ${firstLine} is ignored; ` +
          'the wizard reads the file the same way. Merge the two blocks if both are meant.',
        ...where,
      });
    }
  }
  const docData: (JsonObject | null)[] = [];
  for (const [i, doc] of docs.entries()) {
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (/alias count/i.test(message)) {
        return refuse('alias-bomb', `The file expands its aliases (*name) into too much data (more than ${MAX_ALIAS_COUNT} aliased nodes): refused, as it looks like an alias bomb rather than a config.`);
      }
      return refuse('unreadable-document', `Could not read document ${i + 1}: ${message}`);
    }
    if (data === null || data === undefined) {
      docData.push(null);
      continue;
    }
    if (!isObject(data)) {
      const what = Array.isArray(data) ? 'a list' : `a single value (${typeof data})`;
      return refuse('not-a-mapping', `config.yaml must be a mapping of Helm values (key: value lines), but ${docs.length > 1 ? `document ${i + 1}` : 'the file'} is ${what}.`, at(doc.contents?.range?.[0] ?? 0));
    }
    const bad = findNonJson(data as Json);
    if (bad) {
      const infinite = typeof getIn(data as Json, bad.path) === 'number';
      const located = locatePath(docs.slice(0, i + 1), [], bad.path, lines);
      const where = located ? { range: located.range, snippet: lines.lineText(located.range.line) } : undefined;
      return refuse(
        'not-plain-data',
        infinite
          ? `The number at ${formatPath(bad.path)} is infinite or not a number (.inf, .nan): helm cannot pass it to the chart and refuses the file. Write a real number, or quote it as text.`
          : `The value at ${formatPath(bad.path)} is not plain data (Helm values hold strings, numbers, booleans, lists and maps).`,
        where,
      );
    }
    docData.push(data);
  }
  const present = docData.filter((d): d is JsonObject => d !== null);
  let data: JsonObject = present[0] ?? {};
  for (const overlay of present.slice(1)) data = mergeDocuments(data, overlay);
  if (present.length > 1) {
    problems.push({
      code: 'several-documents',
      severity: 'info',
      message: `The file holds ${present.length} YAML documents. Helm merges them in order (maps deeply, lists replaced, a null removes the chart default); the wizard shows the merged result, and edits are written to the last document.`,
    });
  }
  const wrapperPath = options.wrapperPath ? [...options.wrapperPath] : findWrapperPath(data);
  const nested = wrapperPath.length ? getIn(data, wrapperPath) : data;
  const values = isObject(nested) ? nested : {};
  if (wrapperPath.length > 0) {
    problems.push({
      code: 'wrapped-values',
      severity: 'info',
      message: `The chart's values sit under ${wrapperPath.join('.')} (a parent chart's config). The wizard edits that block and keeps everything else in the file as it is.`,
    });
  }
  return { ok: true, file: { text, docs, docData, data, wrapperPath, values, problems, locate: (path) => locatePath(docs, wrapperPath, path, lines) } };
}

function refuse(code: FileProblemCode, message: string, where?: { range: SourceRange; snippet: string }): { ok: false; error: FileProblem } {
  return { ok: false, error: { code, severity: 'error', message, ...where } };
}

interface Duplicate {
  path: string;
  offset: number;
  firstOffset: number;
}

function findDuplicates(doc: ParsedDocument): Duplicate[] {
  const found: Duplicate[] = [];
  visit(doc, {
    Map(_key, map, path) {
      const seen = new Map<string, Node>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (key === '<<') continue;
        const first = seen.get(key);
        if (first) found.push({ path: formatPath([...keyPath(path), key]), offset: pair.key.range?.[0] ?? 0, firstOffset: first.range?.[0] ?? 0 });
        else seen.set(key, pair.key);
      }
    },
  });
  return found;
}

/** The key path of a visited node from yaml's visitor ancestry. */
function keyPath(path: readonly unknown[]): (string | number)[] {
  const out: (string | number)[] = [];
  for (let i = 0; i < path.length; i++) {
    const node = path[i];
    if (isPair(node) && isScalar(node.key)) out.push(String(node.key.value));
    else if (isSeq(node)) {
      const index = node.items.indexOf(path[i + 1] as never);
      if (index >= 0) out.push(index);
    }
  }
  return out;
}

function findNonJson(value: Json, path: (string | number)[] = []): { path: (string | number)[] } | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : { path };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = findNonJson(value[i]!, [...path, i]);
      if (bad) return bad;
    }
    return undefined;
  }
  if (isObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      const bad = findNonJson(v, [...path, k]);
      if (bad) return bad;
    }
    return undefined;
  }
  return { path };
}

function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function formatBytes(n: number): string {
  return n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : n >= 1000 ? `${Math.round(n / 1000)} kB` : `${n} bytes`;
}

export type { LineIndex };
