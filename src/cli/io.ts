import { readFileSync } from 'node:fs';

/** What a command may do to the outside world; tests pass their own. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  readFile: (path) => decodeUtf8(path === '-' ? readFileSync(0) : readFileSync(path), path === '-' ? 'standard input' : path),
};

/**
 * A file's text. helm reads values files as UTF-8 and refuses anything else, so a Latin-1 file is
 * refused here too, with the reason, instead of being read with U+FFFD where its accents were.
 */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${name} is not UTF-8 text (perhaps Latin-1 or another older encoding), which helm refuses; save it as UTF-8`);
  }
}

/** A command's word, its one-line usage and what it does; `run` returns the exit code. */
export interface Command {
  name: string;
  usage: string;
  summary: string;
  run(args: string[], io: CliIO): Promise<number> | number;
}
