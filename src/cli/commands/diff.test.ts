import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseStream } from '../../../test/golden/compare.ts';
import { fakeIO } from '../fake-io.ts';
import { main } from '../main.ts';

const golden = (dir: 'configs' | 'expected', name: string) => readFileSync(new URL(`../../../test/golden/${dir}/${name}.yaml`, import.meta.url), 'utf8');

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The Secret keys helm fills with random text, different in each `helm template` run. */
const GENERATED = /^hub\.config\.(ConfigurableHTTPProxy\.auth_token|JupyterHub\.cookie_secret|CryptKeeper\.keys)$|^hub\.services\.[^.]+\.apiToken$/;

/** helm's object, with the Secret's data decoded and the random parts (and the checksums over them) set aside. */
function prepared(o: Obj): Obj {
  const copy = JSON.parse(JSON.stringify(o)) as Obj;
  if (copy.kind === 'Secret' && isObj(copy.data)) {
    for (const [k, v] of Object.entries(copy.data)) {
      const text = Buffer.from(String(v), 'base64').toString('utf8');
      copy.data[k] = GENERATED.test(k) ? '<generated>' : k === 'values.yaml' ? parse(text) : text;
    }
  }
  const annotations = (((copy.spec as Obj | undefined)?.template as Obj | undefined)?.metadata as Obj | undefined)?.annotations;
  if (isObj(annotations)) for (const k of Object.keys(annotations)) if (k.startsWith('checksum/')) delete annotations[k];
  return copy;
}

const seg = (k: string | number) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_$][\w$-]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`);

/** A plain recursive comparison: mappings key by key, lists by position, anything else by value. */
function leaves(a: unknown, b: unknown, path: string, out: string[]): void {
  if (a === undefined) return void out.push(`+ ${path}`);
  if (b === undefined) return void out.push(`- ${path}`);
  if (isObj(a) && isObj(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) leaves(a[k], b[k], path + seg(k), out);
  } else if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) leaves(a[i], b[i], path + seg(i), out);
  } else if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`~ ${path}`);
}

/** Every object and field that differs between two real `helm template` outputs. */
function helmDifferences(oldText: string, newText: string): string[] {
  const name = (o: Obj) => `${String(o.kind)} ${String((o.metadata as Obj).name)}`;
  const old = new Map(parseStream(oldText).map((d) => [name(d.object), prepared(d.object)]));
  const now = new Map(parseStream(newText).map((d) => [name(d.object), prepared(d.object)]));
  const out: string[] = [];
  for (const [key, o] of now) {
    const was = old.get(key);
    if (!was) out.push(`+ ${key}`);
    else {
      const fields: string[] = [];
      leaves(was, o, '', fields);
      if (fields.length > 0) out.push(`~ ${key}`, ...fields.map((f) => `${key} ${f.replace(/^(.) \./, '$1 ')}`));
    }
  }
  for (const key of old.keys()) if (!now.has(key)) out.push(`- ${key}`);
  return out.sort();
}

/** The same list read from what `diff` prints, the checksums set aside as above. */
function cliDifferences(printed: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of printed.split('\n')) {
    const resource = /^([~+-]) (\S+ \S+) \(/.exec(line);
    if (resource) {
      current = resource[2]!;
      out.push(`${resource[1]} ${current}`);
      continue;
    }
    const field = /^ {4}([~+-]) (.+?): /.exec(line);
    if (field && !field[2]!.includes('["checksum/')) out.push(`${current} ${field[1]} ${field[2]}`);
  }
  return out.filter((l, i) => !(l.startsWith('~ ') && !out.some((f, j) => j !== i && f.startsWith(`${l.slice(2)} `)))).sort();
}

describe('diff', () => {
  it.each([
    ['03-ingress-one-host', '33-typical'],
    ['01-defaults', '12-proxy-clusterip'],
    ['08-https-letsencrypt', '05-ingress-full'],
  ])('on %s → %s lists exactly what differs between real helm outputs of both, field by field', async (a, b) => {
    const f = fakeIO({ 'old.yaml': golden('configs', a), 'new.yaml': golden('configs', b) });
    expect(await main(['diff', 'old.yaml', 'new.yaml'], f.io)).toBe(1);
    const expected = helmDifferences(golden('expected', a), golden('expected', b));
    expect(expected.length).toBeGreaterThan(3);
    expect(cliDifferences(f.out())).toEqual(expected);
  });

  it('exits 0 and says so when nothing changes (generated secrets are not changes)', async () => {
    const text = golden('configs', '33-typical');
    const f = fakeIO({ 'old.yaml': text, 'new.yaml': `# the same, reordered comments\n${text}` });
    expect(await main(['diff', 'old.yaml', 'new.yaml'], f.io)).toBe(0);
    expect(f.out()).toMatch(/^No changes \(\d+ objects unchanged\)$/m);
  });

  it('says the hub restarts and running user servers keep the old image when the image changes', async () => {
    const f = fakeIO({ 'old.yaml': 'singleuser:\n  image: {name: a/b, tag: "1"}\n', 'new.yaml': 'singleuser:\n  image: {name: a/b, tag: "2"}\n' });
    expect(await main(['diff', 'old.yaml', 'new.yaml'], f.io)).toBe(1);
    expect(f.out()).toMatch(/^ ! The hub restarts: its config-map and secret checksums change/m);
    expect(f.out()).toMatch(/Running user servers keep the old image until they are restarted: singleuser\.image changes from a\/b:1 to a\/b:2/);
    expect(f.out()).toMatch(/^~ Secret hub .*\n {4}~ data\["values\.yaml"\]\.singleuser\.image\.tag: \(secret value changed, hidden\)$/m);
  });

  it('exits 2 on a file it cannot read, one the chart refuses, or wrong arguments', async () => {
    const f = fakeIO({ 'ok.yaml': 'hub: {}\n', 'bad.yaml': 'hub: [\n', 'refused.yaml': 'hub:\n  extraEnv: 3\n' });
    expect(await main(['diff', 'ok.yaml', 'missing.yaml'], f.io)).toBe(2);
    expect(await main(['diff', 'ok.yaml', 'bad.yaml'], f.io)).toBe(2);
    expect(f.err()).toMatch(/failed to parse bad\.yaml \(line/);
    expect(await main(['diff', 'ok.yaml', 'refused.yaml'], f.io)).toBe(2);
    expect(f.err()).toMatch(/the chart refuses refused\.yaml/);
    expect(await main(['diff', 'ok.yaml'], f.io)).toBe(2);
  });
});
