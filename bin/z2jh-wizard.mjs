#!/usr/bin/env node
// Runs the TypeScript CLI straight from src/ (tsx compiles it on the fly), so the CLI and the
// browser always run the very same core code, with no build step in between.
import { register } from 'tsx/esm/api';

register();
// `... | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
