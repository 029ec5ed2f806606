/** `--name value` / `--name=value` options and positional arguments, nothing cleverer. */
export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

export function parseArgs(args: string[], valued: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    if (eq > 0) options.set(arg.slice(2, eq), arg.slice(eq + 1));
    else if (valued.includes(arg.slice(2)) && i + 1 < args.length) options.set(arg.slice(2), args[++i]!);
    else options.set(arg.slice(2), true);
  }
  return { positional, options };
}
