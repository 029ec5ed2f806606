// The four ways into the core (config, validate, render, link/unlink) read a file the same way:
// as helm reads values (values/read-values-file.ts), wrapper and all.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderChart } from '../core/chart/render-chart.ts';
import { withDefaults } from '../core/values/coalesce.ts';
import { effectiveValues } from '../core/validate/merge.ts';
import { fakeIO } from './fake-io.ts';
import { main } from './main.ts';

async function run(args: string[], files: Record<string, string>) {
  const f = fakeIO(files);
  const code = await main(args, f.io);
  return { code, out: f.out(), err: f.err() };
}

/** link FILE, then unlink the link it printed. */
async function linkThenUnlink(text: string) {
  const linked = await run(['link', 'c.yaml', '--include-secrets'], { 'c.yaml': text });
  expect(linked.code).toBe(0);
  return run(['unlink', linked.out.trim()], {});
}

const resources = 'singleuser:\n  memory: {limit: 2G, guarantee: 1G}\n  cpu: {limit: 2, guarantee: 1}\n';

describe('every command reads values as helm does', () => {
  it('YAML 1.1 booleans: validate accepts `ingress.enabled: on`, which render renders as an Ingress', async () => {
    const file = { 'c.yaml': `ingress:\n  enabled: on\n  hosts: [hub.uni.edu]\n${resources}` };
    const validated = await run(['validate', 'c.yaml'], file);
    expect(validated.out).toBe('c.yaml: no problems found\n');
    expect(validated.code).toBe(0);
    const rendered = await run(['render', 'c.yaml'], file);
    expect(rendered.code).toBe(0);
    expect(rendered.out).toMatch(/^kind: Ingress$/m);
  });

  it('link then unlink keeps `on` a boolean and applies a merge key instead of keeping a literal `<<`', async () => {
    const text = 'debug:\n  enabled: on\nhub:\n  extraFiles:\n    a: &a {mountPath: /a, stringData: s}\n    b:\n      <<: *a\n      mountPath: /b\n';
    const back = await linkThenUnlink(text);
    expect(back.code).toBe(0);
    expect(parse(back.out)).toEqual({ debug: { enabled: true }, hub: { extraFiles: { a: { mountPath: '/a', stringData: 's' }, b: { mountPath: '/b', stringData: 's' } } } });
    expect(back.out).not.toContain('<<');
  });

  it('a file nesting the values under `jupyterhub:` is understood by validate, render and link alike', async () => {
    const text = `jupyterhub:\n  ingress:\n    enabled: true\n    hosts: [hub.uni.edu]\n  ${resources.replace(/\n(?=.)/g, '\n  ')}other-chart:\n  replicas: 2\n`;
    const validated = await run(['validate', 'c.yaml'], { 'c.yaml': text });
    expect(validated.out).toBe('c.yaml: no problems found\n');
    const rendered = await run(['render', 'c.yaml'], { 'c.yaml': text });
    expect(rendered.code).toBe(0);
    expect(rendered.out).toMatch(/^kind: Ingress$/m);
    const back = await linkThenUnlink(text);
    expect(parse(back.out)).toMatchObject({ ingress: { enabled: true, hosts: ['hub.uni.edu'] } });
    expect(back.out).not.toMatch(/jupyterhub:|other-chart/);
  });

  it('`nameOverride: null` and a null over a null default: validation sees the values the renderer renders', () => {
    const config = { nameOverride: null, ingress: { ingressClassName: null } };
    const merged = effectiveValues({ values: config });
    // helm 4.1.4 keeps a null over a null default (its values.yaml in Secret hub shows them)
    expect(merged).toBe(withDefaults(config));
    expect(Object.hasOwn(merged, 'nameOverride') && merged.nameOverride === null).toBe(true);
    expect((merged.ingress as Record<string, unknown>).ingressClassName).toBeNull();
    const secret = renderChart(config, { release: 'jupyterhub', namespace: 'jupyterhub', randomBytes: (n) => new Uint8Array(n) }).objects.find(
      (o) => o.object.kind === 'Secret' && (o.object.metadata as { name: string }).name === 'hub',
    )!;
    const valuesYaml = Buffer.from((secret.object.data as Record<string, string>)['values.yaml']!, 'base64').toString('utf8');
    expect(parse(valuesYaml).ingress.ingressClassName).toBeNull();
    expect(Object.hasOwn(parse(valuesYaml).ingress, 'ingressClassName')).toBe(true);
  });
});

describe('the wrapped corpus files (a parent chart nests the values)', () => {
  const dir = resolve(import.meta.dirname, '../../../shared/corpus/real-configs');
  const wrapped = readdirSync(dir)
    .filter((f) => /^(1[4-9]|2[0-2])-.*\.yaml$/.test(f))
    .sort();

  it('are the nine files 14–22', () => expect(wrapped).toHaveLength(9));

  it.each(wrapped)('%s: config, validate, render and link/unlink all read the values under the wrapper', async (name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    const files = { [name]: text };
    const config = await run(['config', name], files);
    expect(config.code).toBe(0);
    const validated = await run(['validate', name], files);
    expect(validated.code).not.toBe(2);
    expect(validated.out).not.toMatch(/(jupyterhub|binderhub) is not a setting/);
    expect(validated.out).not.toMatch(/: (error|warning): (jupyterhub|binderhub)[.:]/);
    const rendered = await run(['render', name], files);
    // rendered, or refused by the chart's schema for the chart's own keys, never for the wrapper
    if (rendered.code === 0) expect(rendered.out).toMatch(/^kind: Deployment$/m);
    else expect(rendered.err).not.toMatch(/additional propert(y|ies) '(jupyterhub|binderhub)'/);
    const back = await linkThenUnlink(text);
    expect(back.code).toBe(0);
    expect(back.out).not.toMatch(/^(jupyterhub|binderhub):/m);
  });
});
