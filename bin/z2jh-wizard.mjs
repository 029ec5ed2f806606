#!/usr/bin/env node
// Runs the TypeScript CLI straight from src/ (tsx compiles it on the fly), so the CLI and the
// browser always run the very same core code, with no build step in between.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
