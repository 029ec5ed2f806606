import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../model/json.ts';
import { compareReleases } from '../upgrade-diff/compare-releases.ts';
import { resourceDiff } from '../upgrade-diff/resource-diff.ts';
import { immutableFieldChanges } from './immutable-fields.ts';
import { upgradeImpact, type Impact } from './index.ts';

const impacts = (before: JsonObject, after: JsonObject): Impact[] => upgradeImpact(compareReleases(before, after, { release: 'jupyterhub', namespace: 'jupyterhub' }));
const titles = (list: Impact[]) => list.map((i) => `${i.code}: ${i.title}`);

describe('upgradeImpact', () => {
  it('says nothing when nothing changes, also with generated secrets on both sides', () => {
    expect(impacts({ hub: { services: { a: {} } } }, { hub: { services: { a: {} } } })).toEqual([]);
  });

  it('a public Service that changes type or requested IP may change its address', () => {
    expect(titles(impacts({}, { proxy: { service: { type: 'ClusterIP' } } }))).toContain('address-may-change: The public address of Service proxy-public may change');
    const ip = impacts({ proxy: { service: { loadBalancerIP: '1.2.3.4' } } }, { proxy: { service: { loadBalancerIP: '1.2.3.5' } } });
    expect(ip.find((i) => i.code === 'address-may-change')?.reason).toMatch(/loadBalancerIP changes from "1\.2\.3\.4" to "1\.2\.3\.5"/);
  });

  it('a removed hub PVC deletes the hub database, the gravest first', () => {
    const list = impacts({}, { hub: { db: { type: 'sqlite-memory' } } });
    expect(list[0]).toMatchObject({ code: 'deletes-data', severity: 'danger', resource: 'PersistentVolumeClaim hub-db-dir' });
    expect(list[0]!.reason).toMatch(/the hub's database/);
  });

  it('a PVC that shrinks or changes class must be deleted first; one that grows needs an expandable class', () => {
    expect(titles(impacts({}, { hub: { db: { pvc: { storage: '500Mi' } } } }))).toContain('delete-first: PersistentVolumeClaim hub-db-dir must be deleted first');
    expect(impacts({}, { hub: { db: { pvc: { storageClassName: 'fast' } } } }).find((i) => i.code === 'delete-first')?.reason).toMatch(/storage class/);
    const grows = impacts({}, { hub: { db: { pvc: { storage: '2Gi' } } } }).find((i) => i.code === 'delete-first');
    expect(grows).toMatchObject({ severity: 'info', title: 'PersistentVolumeClaim hub-db-dir grows from 1Gi to 2Gi' });
  });

  it('a changed Deployment selector (nameOverride changes the app label) must be deleted first', () => {
    const list = impacts({}, { nameOverride: 'hubs' });
    expect(titles(list)).toContain('delete-first: Deployment hub must be deleted first');
    expect(list.find((i) => i.resource === 'Deployment hub' && i.code === 'delete-first')?.reason).toMatch(/spec\.selector\.matchLabels\.app/);
  });

  it("a Service's clusterIP cannot change in place", () => {
    const svc = (clusterIP: string) => [{ source: 's', component: 'hub', object: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'hub' }, spec: { clusterIP } } }];
    expect(immutableFieldChanges(resourceDiff(svc('10.0.0.1'), svc('10.0.0.2')))).toMatchObject([{ code: 'delete-first', resource: 'Service hub' }]);
  });

  it('the hook pre-puller runs (with a timeout to give) only when its images change, unless pullOnlyOnChanges is off', () => {
    const image = (tag: string) => ({ singleuser: { image: { name: 'a/b', tag } } });
    expect(titles(impacts(image('1'), image('2')))).toContain('hook-prepuller: helm upgrade waits for the hook pre-puller: give it --timeout 10m0s');
    expect(titles(impacts({ custom: { a: 1 } }, { custom: { a: 2 } }))).toContain('hook-prepuller: The hook pre-puller does not run');
    const always = { prePuller: { hook: { pullOnlyOnChanges: false } } };
    expect(impacts({ ...always, custom: { a: 1 } }, { ...always, custom: { a: 2 } }).find((i) => i.code === 'hook-prepuller')?.reason).toMatch(/runs on every upgrade/);
    const off = impacts({ prePuller: { hook: { enabled: false } }, custom: { a: 1 } }, { prePuller: { hook: { enabled: false } }, custom: { a: 2 } });
    expect(off.some((i) => i.code === 'pod-restart')).toBe(true);
    expect(off.some((i) => i.code === 'hook-prepuller')).toBe(false);
  });

  it('a hub-only change restarts the hub and leaves running user servers alone', () => {
    const list = impacts({ custom: { a: 1 } }, { custom: { a: 2 } });
    expect(list.find((i) => i.code === 'pod-restart')).toMatchObject({ title: 'The hub restarts', resource: 'Deployment hub' });
    expect(list.some((i) => i.code === 'user-servers-keep-old')).toBe(false);
  });

  it('singleuser settings other than the image are named as taking effect at the next start', () => {
    const list = impacts({}, { singleuser: { memory: { limit: '2G' }, cpu: { limit: 1 } } });
    const keep = list.find((i) => i.code === 'user-servers-keep-old');
    expect(keep?.title).toBe('Running user servers keep their old settings until they are restarted');
    expect(keep?.reason).toMatch(/^singleuser\.(memory|cpu), singleuser\.(memory|cpu) change/);
  });
});
