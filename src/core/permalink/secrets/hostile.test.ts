import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../model/json.ts';
import { findSecrets, withoutSecrets } from '../index.ts';

/**
 * A link may hold a 2 MB string. Each of these would take minutes (and freeze the tab) if a rule
 * scanned to the end of the line from every repeated word, or looked back over the whole line
 * from every literal; read once, they take well under a second.
 */
const big = (unit: string, length = 1_000_000) => unit.repeat(Math.ceil(length / unit.length));

describe('hostile strings', () => {
  it('stay linear in every rule of the text reader', () => {
    for (const text of [
      big('a.'),
      big('mysql '),
      big('curl '),
      big('machine x '),
      big('-----BEGIN PRIVATE KEY-----\n'),
      big('a://'),
      big('?a'),
      big('x=" '),
      big('--a     '),
      big('Basic '),
      big('eyJ'),
    ]) {
      const found = findSecrets({ custom: { text } });
      expect(found.length, text.slice(0, 12)).toBeLessThanOrEqual(1);
    }
  });

  it('stay linear in Python with many literals and token map keys', () => {
    // (read once per character, each literal looked at once: quadratic took minutes here)
    const code = `c.JupyterHub.api_tokens = {${big('"k": "u", ', 300_000)}}\nx = [${big('"a", ', 300_000)}]`;
    const found = findSecrets({ hub: { extraConfig: { big: code } } });
    expect(found.length).toBe(30_000);
    const clean = JSON.stringify(withoutSecrets({ hub: { extraConfig: { big: code } } }).values);
    expect(clean).not.toContain('"k"');
  });

  it('cut many secrets from one string in one pass', () => {
    const values: JsonObject = { custom: { env: big('PASSWORD=pw1 ') } };
    const { values: clean, omitted } = withoutSecrets(values);
    expect(omitted.length).toBeGreaterThan(70_000);
    expect(JSON.stringify(clean)).not.toContain('pw1');
  });
});
