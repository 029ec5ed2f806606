// Types of scripts/build-schema-validator.mjs for the tests that import it.
import type { Options } from 'ajv';

/** The Ajv options of the generated code (also those of the tests' whole-document reference). */
export declare const ajvOptions: Options;
/** The chart's values schema (src/core/data/values.schema.structure.json). */
export declare function readSchema(): Record<string, unknown>;
/** The generated module's source. */
export declare function generateValidatorSource(): string;
export declare const validatorTypes: string;
