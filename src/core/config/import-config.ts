import { isMap, isPair, isScalar, isSeq, visit, type Node } from 'yaml';
import { formatPath, isObject, type Json, type JsonObject } from '../model/json.ts';
import { getIn } from '../model/paths.ts';
import type { CertManagerSettings, ImportedConfig } from '../model/state.ts';
import { upgradeValues, type UpgradeChange } from './upgrade.ts';
import { findWrapperPath } from './wrapper.ts';
import { lineCol, lineText, MAX_ALIAS_COUNT, parseDocuments, type ParsedDocument } from './yaml-source.ts';

export interface ImportOptions {
  /** larger files are refused (default 1 MB) */
  maxBytes?: number;
  /**
   * Repeated keys in one mapping: Helm keeps the last one silently. `'warn'` (the default) imports
   * the file the way Helm reads it and says which earlier block is ignored; `'error'` refuses it.
   */
  duplicateKeys?: 'warn' | 'error';
}

export interface ImportErrorInfo {
  message: string;
  /** 1-based */
  line?: number;
  /** 1-based */
  col?: number;
  /** the offending line */
  snippet?: string;
}

export interface ImportSuccess {
  ok: true;
  /** the chart's values, upgraded to 4.4.0 */
  values: JsonObject;
  /** what the download patches: the original text and where the values sit in it */
  imported: ImportedConfig;
  /** what the upgrade changed, for the admin */
  changes: UpgradeChange[];
  /** other things worth saying about the file (wrapper, several documents, repeated keys) */
  notices: string[];
  /** cert-manager settings the file implies (the ClusterIssuer its Ingress names) */
  certManager?: Partial<CertManagerSettings>;
}

export interface ImportFailure {
  ok: false;
  error: ImportErrorInfo;
}

export type ImportResult = ImportSuccess | ImportFailure;

/** What an imported text holds before the upgrade; shared with the download (memoized per text). */
export interface ReadConfig {
  docs: ParsedDocument[];
  /** the merged data of all documents, wrapper included */
  data: JsonObject;
  /** the data of each document (null for an empty one) */
  docData: (JsonObject | null)[];
  wrapperPath: string[];
  /** the chart's values as written (before the upgrade) */
  values: JsonObject;
  notices: string[];
  duplicates: Duplicate[];
}

interface Duplicate {
  path: string;
  line: number;
  col: number;
  firstLine: number;
}

/**
 * Reads a config.yaml the admin already has: finds the chart's values in it (also under a parent
 * chart's key), upgrades what an old chart wrote, and keeps the text so the download can keep its
 * comments and everything else. Never throws.
 */
export function importConfig(text: string, options: ImportOptions = {}): ImportResult {
  try {
    const read = readConfig(text, options);
    if (!read.ok) return read;
    const { config } = read;
    const upgrade = upgradeValues(config.values);
    const notices = [...config.notices, ...upgrade.advice];
    if (upgrade.changes.length > 0) {
      notices.push(
        `The file was written for an older chart: ${upgrade.changes.length} setting${upgrade.changes.length === 1 ? '' : 's'} were upgraded for chart 4.4.0 (see the list of changes).`,
      );
    }
    return {
      ok: true,
      values: upgrade.values,
      imported: { text, wrapperPath: config.wrapperPath },
      changes: upgrade.changes,
      notices,
      ...(upgrade.issuerName
        ? { certManager: { issuerName: upgrade.issuerName } }
        : issuerFrom(upgrade.values)
          ? { certManager: { issuerName: issuerFrom(upgrade.values)! } }
          : {}),
    };
  } catch (error) {
    return { ok: false, error: { message: `Could not read the file: ${error instanceof Error ? error.message : String(error)}` } };
  }
}

function issuerFrom(values: JsonObject): string | undefined {
  const issuer = getIn(values, ['ingress', 'annotations', 'cert-manager.io/cluster-issuer']);
  return typeof issuer === 'string' && issuer ? issuer : undefined;
}

/** Parses and checks a text; the part of the import that does not depend on the upgrade. */
export function readConfig(text: string, options: ImportOptions = {}): { ok: true; config: ReadConfig } | ImportFailure {
  const maxBytes = options.maxBytes ?? 1_000_000;
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxBytes) {
    return fail(`The file is ${formatBytes(bytes)}; files over ${formatBytes(maxBytes)} are refused (a config.yaml is usually a few kilobytes).`);
  }
  const docs = parseDocuments(text);
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) {
      const { line, col } = error.linePos?.[0] ?? lineCol(text, error.pos[0]);
      return fail(`YAML syntax error at line ${line}, column ${col}: ${firstLine(error.message)}`, text, line, col);
    }
  }
  const notices: string[] = [];
  const duplicates: Duplicate[] = [];
  for (const doc of docs) duplicates.push(...findDuplicates(doc, text));
  if (duplicates.length > 0) {
    const d = duplicates[0]!;
    if (options.duplicateKeys === 'error') {
      return fail(`Key "${d.path}" appears twice: at line ${d.firstLine} and again at line ${d.line}. Merge the two into one.`, text, d.line, d.col);
    }
    for (const dup of duplicates) {
      notices.push(
        `Key "${dup.path}" appears twice (lines ${dup.firstLine} and ${dup.line}). Helm uses only the last one, so everything under line ${dup.firstLine} is ignored; ` +
          'the wizard reads the file the same way. Merge the two blocks if both are meant.',
      );
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
        return fail(`The file expands its aliases (*name) into too much data (more than ${MAX_ALIAS_COUNT} aliased nodes): refused, as it looks like an alias bomb rather than a config.`);
      }
      return fail(`Could not read document ${i + 1}: ${message}`);
    }
    if (data === null || data === undefined) {
      docData.push(null);
      continue;
    }
    if (!isObject(data)) {
      const start = doc.contents?.range?.[0] ?? 0;
      const { line, col } = lineCol(text, start);
      const what = Array.isArray(data) ? 'a list' : `a single value (${typeof data})`;
      return fail(`config.yaml must be a mapping of Helm values (key: value lines), but ${docs.length > 1 ? `document ${i + 1}` : 'the file'} is ${what}.`, text, line, col);
    }
    const bad = findNonJson(data as Json);
    if (bad) return fail(`The value at ${bad} is not plain data (Helm values hold strings, numbers, booleans, lists and maps).`);
    docData.push(data as JsonObject);
  }
  const present = docData.filter((d): d is JsonObject => d !== null);
  let data: JsonObject = present[0] ?? {};
  if (present.length > 1) {
    for (const overlay of present.slice(1)) data = helmMerge(data, overlay);
    notices.push(
      `The file holds ${present.length} YAML documents. Helm merges them in order (maps deeply, lists replaced, null deletes a key); the wizard shows the merged result, and edits are written to the last document.`,
    );
  }
  const wrapperPath = findWrapperPath(data);
  const nested = wrapperPath.length ? getIn(data, wrapperPath) : data;
  const values = isObject(nested) ? nested : {};
  if (wrapperPath.length > 0) {
    notices.push(
      `The chart's values sit under ${wrapperPath.join('.')} (a parent chart's config). The wizard edits that block and keeps everything else in the file as it is.`,
    );
  }
  return { ok: true, config: { docs, data, docData, wrapperPath, values, notices, duplicates } };
}

/** Helm's merge of values: maps merge deeply, anything else is replaced, null removes the key. */
export function helmMerge(base: JsonObject, overlay: JsonObject): JsonObject {
  const out: JsonObject = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    if (value === null) delete out[key];
    else if (isObject(value) && isObject(out[key])) out[key] = helmMerge(out[key] as JsonObject, value);
    else out[key] = value;
  }
  return out;
}

function findDuplicates(doc: ParsedDocument, text: string): Duplicate[] {
  const found: Duplicate[] = [];
  visit(doc, {
    Map(_key, map, path) {
      const seen = new Map<string, Node>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (key === '<<') continue;
        const first = seen.get(key);
        if (first) {
          const at = lineCol(text, pair.key.range?.[0] ?? 0);
          found.push({
            path: formatPath([...keyPath(path), key]),
            line: at.line,
            col: at.col,
            firstLine: lineCol(text, first.range?.[0] ?? 0).line,
          });
        } else seen.set(key, pair.key);
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
      const next = path[i + 1];
      const index = node.items.indexOf(next as never);
      if (index >= 0) out.push(index);
    }
  }
  void isMap;
  return out;
}

function findNonJson(value: Json, path: (string | number)[] = []): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : formatPath(path);
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
  return formatPath(path);
}

function fail(message: string, text?: string, line?: number, col?: number): ImportFailure {
  const error: ImportErrorInfo = { message };
  if (line !== undefined) {
    error.line = line;
    if (col !== undefined) error.col = col;
    if (text !== undefined) error.snippet = lineText(text, line);
  }
  return { ok: false, error };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function formatBytes(n: number): string {
  return n >= 1_000_000 ? `${(n / 1_000_000).toFixed(1)} MB` : n >= 1000 ? `${Math.round(n / 1000)} kB` : `${n} bytes`;
}
