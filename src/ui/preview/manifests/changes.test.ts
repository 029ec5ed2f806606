import { describe, expect, it } from 'vitest';
import { renderChart, sameRenderedContent } from '../../../core/chart/index.ts';
import { valuesYamlB64Count } from '../../../core/chart/incremental/values-yaml-b64.ts';
import { changesBetween, NO_CHANGES } from './changes.ts';
import { groupEntries, manifestEntries, matchesFilter, shownGroups, APPLY_YOURSELF } from './entries.ts';
import { resourceYaml } from './resource-yaml.ts';
import { sessionRandomBytes } from './session-random.ts';

const render = (values: Record<string, unknown>) =>
  manifestEntries(renderChart(values as never, { release: 'jupyterhub', namespace: 'jupyterhub', randomBytes: sessionRandomBytes() }).objects, null);

describe('manifest entries', () => {
  it('groups by component, the issuer first, and filters by kind, name or group', () => {
    const entries = manifestEntries(
      renderChart({ ingress: { enabled: true } }, { release: 'jupyterhub', namespace: 'jupyterhub' }).objects,
      { apiVersion: 'cert-manager.io/v1', kind: 'ClusterIssuer', metadata: { name: 'le' } },
    );
    const groups = groupEntries(entries);
    expect(groups[0]!.name).toBe(APPLY_YOURSELF);
    expect(groups.slice(1, 3).map((g) => g.name)).toEqual(['hub', 'proxy']);
    expect(groups.reduce((n, g) => n + g.entries.length, 0)).toBe(entries.length);
    expect(new Set(entries.map((e) => e.key)).size).toBe(entries.length);
    const deployments = entries.filter((e) => matchesFilter(e, 'deployment'));
    expect(deployments.length).toBeGreaterThan(1);
    expect(deployments.every((e) => e.kind === 'Deployment')).toBe(true);
    expect(entries.filter((e) => matchesFilter(e, 'Deploy HUB')).map((e) => `${e.kind} ${e.name}`)).toEqual(['Deployment hub']);
    expect(entries.filter((e) => matchesFilter(e, 'ingress')).map((e) => e.kind)).toContain('Ingress');
  });
});

describe('changesBetween', () => {
  it('reports nothing on the first render and for an identical render', () => {
    const a = render({});
    expect(changesBetween(null, a)).toBe(NO_CHANGES);
    // session random bytes: the generated secrets are the same in both renders
    expect(changesBetween(a, render({}))).toBe(NO_CHANGES);
  });

  it('reports the resources an edit added, changed and removed', () => {
    const before = render({ ingress: { enabled: true, hosts: ['a.org'] } });
    const after = render({ ingress: { enabled: true, hosts: ['a.org', 'b.org'] }, prePuller: { hook: { enabled: false } } });
    const changes = changesBetween(before, after);
    expect(changes.changed.has('Ingress//jupyterhub')).toBe(true);
    expect(changes.removed).toContain('Job hook-image-awaiter');
    const ingressBefore = changes.changed.get('Ingress//jupyterhub')!;
    expect(resourceYaml(ingressBefore)).not.toContain('b.org');
    const hosts = render({ ingress: { enabled: true, hosts: ['a.org'] } });
    expect(changesBetween(render({}), hosts).changed.get('Ingress//jupyterhub')).toBeNull();
  });
});

describe('changesBetween and Secret hub', () => {
  const config = (host: string) => ({ ingress: { enabled: true, hosts: [host] }, custom: { note: 'changes.test' } });
  const secretOf = (entries: ReturnType<typeof render>) => entries.find((e) => e.key === 'Secret//hub')!.object;

  it('tells equal renders from edited ones by the renderer’s checksum, without making values.yaml', () => {
    const before = render(config('a.changes.org'));
    const again = render(structuredClone(config('a.changes.org')));
    expect(secretOf(again)).not.toBe(secretOf(before));
    const made = valuesYamlB64Count();
    expect(sameRenderedContent(secretOf(before), secretOf(again))).toBe(true);
    expect(changesBetween(before, again)).toBe(NO_CHANGES);

    const after = render(config('b.changes.org'));
    expect(sameRenderedContent(secretOf(again), secretOf(after))).toBe(false);
    const changes = changesBetween(again, after);
    expect([...changes.changed.keys()]).toEqual(expect.arrayContaining(['Secret//hub', 'Deployment//hub', 'Ingress//jupyterhub']));
    expect(changes.changed.get('Secret//hub')).toBe(secretOf(again));
    expect(valuesYamlB64Count()).toBe(made);
  });
});

describe('resourceYaml', () => {
  it('is the document as manifests.yaml has it, without the --- and # Source lines', () => {
    const object = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, data: { a: 'b' } };
    expect(resourceYaml(object)).toBe('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: b\n');
    expect(resourceYaml(object)).toBe(resourceYaml(object));
  });
});

describe('identity across renders', () => {
  it('keeps the entry of an unchanged object, and the groups an edit did not touch', () => {
    const objects = renderChart({ ingress: { enabled: true, hosts: ['a.org'] } } as never, { release: 'jupyterhub', namespace: 'jupyterhub', randomBytes: sessionRandomBytes() }).objects;
    const first = manifestEntries(objects, null);
    // the same objects, the Ingress replaced by a copy with another host
    const ingressAt = objects.findIndex((o) => o.object.kind === 'Ingress');
    const edited = objects.map((o, i) => (i === ingressAt ? { ...o, object: { ...o.object, spec: { rules: [{ host: 'b.org' }] } } } : o));
    const second = manifestEntries(edited, null);
    expect(second.map((e) => e.key)).toEqual(first.map((e) => e.key));
    second.forEach((e, i) => (i === ingressAt ? expect(e).not.toBe(first[i]) : expect(e).toBe(first[i])));

    const changes = changesBetween(first, second);
    const before = shownGroups(groupEntries(first), '', new Map(), []);
    const after = shownGroups(groupEntries(second), '', changes.changed, before);
    for (const g of after) {
      const old = before.find((b) => b.name === g.name)!;
      if (g.name === 'ingress') {
        expect(g).not.toBe(old);
        expect([...g.changes.keys()]).toEqual(['Ingress//jupyterhub']);
      } else {
        expect(g).toBe(old);
        expect(g.changes.size).toBe(0);
      }
    }
    // the next edit elsewhere clears the ingress group's highlight
    const again = shownGroups(groupEntries(second), '', new Map(), after);
    expect(again.find((g) => g.name === 'ingress')!.changes.size).toBe(0);
    expect(again.find((g) => g.name === 'hub')).toBe(after.find((g) => g.name === 'hub'));
    // filtered: counts of the shown entries and the group's total
    const hub = shownGroups(groupEntries(second), 'deployment', new Map(), again).find((g) => g.name === 'hub')!;
    expect(hub.entries.map((e) => e.kind)).toEqual(['Deployment']);
    expect(hub.total).toBe(groupEntries(second).find((g) => g.name === 'hub')!.entries.length);
  });
});
