import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../scripts/security-headers.mjs';

// The README's nginx snippet is copied by admins: it must say what the build and server send.
describe("README's hosting headers", () => {
  const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
  it.each(Object.entries(SECURITY_HEADERS as Record<string, string>))('nginx sends %s as the server does', (name, value) => {
    const line = readme.split('\n').find((l) => l.trim().toLowerCase().startsWith(`add_header ${name} `));
    expect(line, `an add_header line for ${name}`).toBeDefined();
    expect(line!.trim()).toBe(`add_header ${line!.trim().split(' ')[1]} "${value}" always;`);
  });
});
