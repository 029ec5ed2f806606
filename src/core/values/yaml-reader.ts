import { resolveAsHelm, textRefusals, type HelmRefusal } from './helm-scalars.ts';
import { parseAllDocuments, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

/**
 * How an imported config.yaml is read: the way Helm reads values files. Helm's YAML library
 * follows YAML 1.1 for scalars (`yes`/`on` are booleans, `0444` is octal) and merge keys (`<<`),
 * but has no timestamps, sexagesimal numbers or sets; repeated keys are allowed (the last one wins).
 */
export const helmYamlOptions: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  merge: true,
  uniqueKeys: false,
  prettyErrors: false,
  customTags: (tags) =>
    tags.filter((tag) => {
      const t = tag as { tag?: string; format?: string };
      return t.format !== 'TIME' && !/:(timestamp|binary|omap|pairs|set)$/.test(t.tag ?? '');
    }),
};

/** The most aliases one file may expand: more means an alias bomb, not a config. */
export const MAX_ALIAS_COUNT = 1000;

export type ParsedDocument = Document.Parsed;

/**
 * The documents of a text (`---` separated), with explicit tags resolved as helm resolves them;
 * never throws (syntax errors are on the documents).
 */
export function parseDocuments(text: string): ParsedDocument[] {
  return readDocuments(text).docs;
}

/** The documents, and where helm would refuse the text although the yaml library reads it. */
export function readDocuments(text: string): { docs: ParsedDocument[]; refusals: HelmRefusal[] } {
  const docs = parseAllDocuments(text, helmYamlOptions) as ParsedDocument[];
  const refusals = textRefusals(text);
  for (const doc of docs) if (doc.errors.length === 0) refusals.push(...resolveAsHelm(doc));
  return { docs, refusals };
}

/** 1-based line and column of an offset. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, col: offset - start + 1 };
}

/** The text of a 1-based line. */
export function lineText(text: string, line: number): string {
  return text.split('\n')[line - 1] ?? '';
}
