export { withDefaults } from './coalesce.ts';
export { mergeDocuments } from './merge-documents.ts';
export { locatePath, type Located } from './positions.ts';
export { readValuesFile, DEFAULT_MAX_BYTES, type FileProblem, type FileProblemCode, type ReadOptions, type ReadResult, type ValuesFile } from './read-values-file.ts';
export { asList, asMap, isObject, isSet, truthy } from './shape.ts';
export { lineIndex, type LineIndex, type SourceRange } from './source-range.ts';
export { findWrapperPath } from './wrapper.ts';
export { helmYamlOptions, MAX_ALIAS_COUNT, parseDocuments, type ParsedDocument } from './yaml-reader.ts';
