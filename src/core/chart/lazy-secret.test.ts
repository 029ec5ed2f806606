import { describe, expect, it } from 'vitest';
import { withoutCaches } from './incremental/switch.ts';
import { secretChecksumCount } from './incremental/hub-values-yaml.ts';
import { valuesYamlB64Count } from './incremental/values-yaml-b64.ts';
import { toYamlOrdered } from './go/go-yaml.ts';
import { manifestsToYaml, renderChart, sameRenderedContent } from './index.ts';
import type { RenderedObject } from './types.ts';
import type { JsonObject } from '../model/json.ts';

/**
 * Secret hub's values.yaml (the base64 of all the values) and its YAML text are made only when
 * read: typing re-renders that Secret on every key, and the preview shows it folded.
 */

const fixedBytes = () => {
  let i = 0;
  return (n: number) => Uint8Array.from({ length: n }, () => (i++ * 37) & 0xff);
};
const options = () => ({ release: 'jupyterhub', namespace: 'jupyterhub', randomBytes: fixedBytes() });

/** a config no other render in this process has seen, so no remembered Secret is handed out */
let serial = 0;
const fresh = (): JsonObject => ({
  ingress: { enabled: true, hosts: [`host-${++serial}.example.org`] },
  hub: { extraConfig: { '00-long': 'c.JupyterHub.x = 1\n'.repeat(40) } },
});

const render = (config: JsonObject) => renderChart(config, options()).objects;
const coldRender = (config: JsonObject) => withoutCaches(() => renderChart(structuredClone(config), options()).objects);
const find = (objects: readonly RenderedObject[], kind: string) => objects.find((o) => o.object.kind === kind && (o.object.metadata as JsonObject).name === 'hub')!.object;
const dataOf = (secret: JsonObject) => secret.data as Record<string, string>;

describe('Secret hub values.yaml, made when read', () => {
  it('is not made by rendering, nor by listing its keys; reading it gives the cold render’s value, once', () => {
    const config = fresh();
    const before = valuesYamlB64Count();
    const secret = find(render(config), 'Secret');
    expect(Object.keys(dataOf(secret))[0]).toBe('values.yaml');
    expect(valuesYamlB64Count()).toBe(before);

    const cold = dataOf(find(coldRender(config), 'Secret'))['values.yaml'];
    const afterCold = valuesYamlB64Count();
    expect(afterCold).toBe(before + 1); // the cache-free render makes it eagerly
    expect(dataOf(secret)['values.yaml']).toBe(cold);
    expect(valuesYamlB64Count()).toBe(afterCold + 1);
    expect(dataOf(secret)['values.yaml']).toBe(cold);
    expect(valuesYamlB64Count()).toBe(afterCold + 1);
  });

  it('reads the same as a plain object to every reader', () => {
    const config = fresh();
    const lazy = render(config);
    const cold = coldRender(config);
    expect(Object.getOwnPropertyDescriptor(dataOf(find(cold, 'Secret')), 'values.yaml')).toHaveProperty('value');
    expect(lazy.map((o) => o.object)).toEqual(cold.map((o) => o.object));
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(cold));
    expect({ ...dataOf(find(lazy, 'Secret')) }).toEqual(dataOf(find(cold, 'Secret')));
    // the checksum/secret annotation is made without values.yaml, and is the cold render's
    expect(find(lazy, 'Deployment')).toEqual(find(cold, 'Deployment'));
  });

  it('prints the Secret on first need, exactly as the emitter and a cold render do', () => {
    const config = fresh();
    const objects = render(config);
    const before = valuesYamlB64Count();
    const text = manifestsToYaml(objects);
    expect(valuesYamlB64Count()).toBe(before + 1);
    expect(manifestsToYaml(objects)).toBe(text);
    expect(valuesYamlB64Count()).toBe(before + 1);
    expect(text).toContain(`\n${toYamlOrdered(find(objects, 'Secret'))}\n`);
    expect(text).toBe(withoutCaches(() => manifestsToYaml(coldRender(config))));
  });

  it('keeps a written values.yaml, as a plain property would', () => {
    const data = dataOf(find(render(fresh()), 'Secret'));
    const copy = { ...data };
    data['values.yaml'] = 'x';
    expect(data['values.yaml']).toBe('x');
    expect(Object.keys(data)).toEqual(Object.keys(copy));
  });

  it('gives the value of an extraFiles entry named values.yaml, in its place', () => {
    const config: JsonObject = { hub: { extraFiles: { 'values.yaml': { mountPath: '/etc/v.bin', binaryData: 'QUJD' } } } };
    const lazy = render(config);
    expect(Object.keys(dataOf(find(lazy, 'Secret')))[0]).toBe('values.yaml');
    expect(dataOf(find(lazy, 'Secret'))['values.yaml']).toBe('QUJD');
    expect(manifestsToYaml(lazy)).toBe(withoutCaches(() => manifestsToYaml(coldRender(config))));
  });
});

describe('sameRenderedContent', () => {
  it('knows Secret hub: same for equal values, different after an edit', () => {
    const config = fresh();
    const a = find(render(config), 'Secret');
    const b = find(render(structuredClone(config)), 'Secret');
    expect(b).not.toBe(a);
    const before = valuesYamlB64Count();
    expect(sameRenderedContent(a, b)).toBe(true);
    const edited = { ...config, ingress: { enabled: true, hosts: ['other.example.org'] } };
    expect(sameRenderedContent(a, find(render(edited), 'Secret'))).toBe(false);
    expect(valuesYamlB64Count()).toBe(before);
  });

  it('does not know objects it has no checksum for', () => {
    const objects = render(fresh());
    const ingress = objects.find((o) => o.object.kind === 'Ingress')!.object;
    expect(sameRenderedContent(ingress, structuredClone(ingress))).toBeUndefined();
    expect(sameRenderedContent(ingress, ingress)).toBe(true);
  });
});

describe('Deployment hub checksum/secret, made when read', () => {
  const annotationsOf = (deployment: JsonObject) =>
    ((((deployment.spec as JsonObject).template as JsonObject).metadata as JsonObject).annotations as Record<string, string>);

  it('is not made by rendering or by telling an edit changed it; read, it is the cold render’s', () => {
    const config = fresh();
    const before = secretChecksumCount();
    const a = render(config);
    const edited = render({ ...config, ingress: { enabled: true, hosts: ['edited.example.org'] } });
    expect(sameRenderedContent(find(a, 'Deployment'), find(edited, 'Deployment'))).toBe(false);
    expect(sameRenderedContent(find(a, 'Secret'), find(edited, 'Secret'))).toBe(false);
    expect(secretChecksumCount()).toBe(before);

    const cold = annotationsOf(find(coldRender(config), 'Deployment'));
    const lazy = annotationsOf(find(a, 'Deployment'));
    expect(Object.keys(lazy)).toEqual(Object.keys(cold));
    expect(lazy['checksum/secret']).toMatch(/^[0-9a-f]{64}$/);
    expect(lazy['checksum/secret']).toBe(cold['checksum/secret']);
    expect(annotationsOf(find(edited, 'Deployment'))['checksum/secret']).not.toBe(cold['checksum/secret']);
  });

  it('is the same object again for the same values, and the same content for equal ones', () => {
    const config = fresh();
    const a = find(render(config), 'Deployment');
    expect(find(render(config), 'Deployment')).toBe(a);
    const b = find(render(structuredClone(config)), 'Deployment');
    expect(sameRenderedContent(a, b)).toBe(true);
    // an edit of the hub's own values changes the Deployment apart from the checksum
    const hubEdited = find(render({ ...config, hub: { ...(config.hub as JsonObject), revisionHistoryLimit: 3 } }), 'Deployment');
    expect(sameRenderedContent(a, hubEdited)).toBe(false);
  });

  it('leaves an admin’s own checksum/secret annotation as it is', () => {
    const config: JsonObject = { ...fresh(), hub: { annotations: { 'checksum/secret': 'pinned', team: 'a' } } };
    const lazy = find(render(config), 'Deployment');
    expect(Object.getOwnPropertyDescriptor(annotationsOf(lazy), 'checksum/secret')).toHaveProperty('value', 'pinned');
    expect(lazy).toEqual(find(coldRender(config), 'Deployment'));
    expect(manifestsToYaml(render(config))).toBe(withoutCaches(() => manifestsToYaml(coldRender(config))));
  });
});
