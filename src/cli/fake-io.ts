import type { CliIO } from './io.ts';

/** A CliIO over files in memory, collecting what a command prints: for tests. */
export function fakeIO(files: Record<string, string>) {
  let out = '';
  let err = '';
  const io: CliIO = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    readFile: (p) => {
      if (!Object.hasOwn(files, p)) throw new Error(`no such file ${p}`);
      return files[p]!;
    },
  };
  return { io, out: () => out, err: () => err };
}
