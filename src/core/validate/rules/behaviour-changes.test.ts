import { describe, expect, it } from 'vitest';
import { formatPath, type JsonObject } from '../../model/json.ts';
import { initialState, type WizardState } from '../../model/state.ts';
import { validateState } from '../index.ts';

const BEHAVIOUR = new Set(['hub-db-upgrade', 'slug-static-subpath', 'slug-pvc-template', 'pvc-default-template', 'hub-extra-containers-order', 'traefik-v3-config', 'spawner-env-braces']);

/** A setup holding an import told as from chart 3.x (or, with `older: false`, from 4.x). */
function imported(values: JsonObject, older = true): WizardState {
  return { ...initialState(), values, imported: { text: '', wrapperPath: [], ...(older ? { olderChart: ['`hub.image.tag: 3.3.8`, the image of chart 3.3.8'] } : {}) } };
}
const found = (state: WizardState) =>
  validateState(state)
    .filter((p) => BEHAVIOUR.has(p.code))
    .map((p) => `${p.severity} ${p.code} ${formatPath(p.path)}`);
const none = { singleuser: { storage: { type: 'none' } } };

describe('behaviour changes of chart 4.x, for a file of chart 3.x or older', () => {
  it('each carries a doc link', () => {
    const all = validateState(imported({ hub: { db: { type: 'postgres' }, extraContainers: [{ name: 'x', image: 'busybox:1' }] } })).filter((p) => BEHAVIOUR.has(p.code));
    expect(all.length).toBeGreaterThan(0);
    for (const p of all) expect(p.doc).toMatch(/^https:\/\//);
  });

  it('nothing for a setup written for chart 4.x, whatever it holds', () => {
    expect(found(imported({ hub: { db: { type: 'postgres' }, extraContainers: [{ name: 'x', image: 'busybox:1' }] }, singleuser: { storage: { type: 'static', static: { pvcName: 'home' } } } }, false))).toEqual([]);
    expect(found({ ...initialState(), values: { hub: { db: { type: 'mysql' } } } })).toEqual([]);
  });

  it('hub.db.type mysql/postgres without hub.db.upgrade: true; near misses: upgrade true, sqlite-pvc (upgraded by default)', () => {
    expect(found(imported({ hub: { db: { type: 'postgres', url: 'postgresql://db/hub' } }, ...none }))).toEqual(['warning hub-db-upgrade hub.db.type']);
    expect(found(imported({ hub: { db: { type: 'mysql', upgrade: false } }, ...none }))).toEqual(['warning hub-db-upgrade hub.db.type']);
    expect(found(imported({ hub: { db: { type: 'postgres', upgrade: true } }, ...none }))).toEqual([]);
    expect(found(imported({ hub: { db: { type: 'sqlite-pvc' } }, ...none }))).toEqual([]);
  });

  it('static storage with the default subPath {username}; near misses: {escaped_username}, slug_scheme escape', () => {
    const staticStorage = (more: JsonObject = {}) => ({ type: 'static', static: { pvcName: 'home-nfs', ...more } });
    expect(found(imported({ singleuser: { storage: staticStorage() } }))).toEqual(['warning slug-static-subpath singleuser.storage.static.subPath']);
    expect(found(imported({ singleuser: { storage: staticStorage({ subPath: 'homes/{username}' }) } }))).toEqual(['warning slug-static-subpath singleuser.storage.static.subPath']);
    expect(found(imported({ singleuser: { storage: staticStorage({ subPath: '{escaped_username}' }) } }))).toEqual([]);
    expect(found(imported({ singleuser: { storage: staticStorage() }, hub: { config: { KubeSpawner: { slug_scheme: 'escape' } } } }))).toEqual([]);
  });

  it('custom pvcNameTemplate / volumeNameTemplate with {username}; near misses: escaped fields, the escape scheme', () => {
    expect(found(imported({ singleuser: { storage: { dynamic: { pvcNameTemplate: 'home-{username}' } } } }))).toEqual(['warning slug-pvc-template singleuser.storage.dynamic.pvcNameTemplate']);
    expect(found(imported({ singleuser: { storage: { dynamic: { pvcNameTemplate: 'home-{escaped_username}', volumeNameTemplate: 'vol-{username}{servername}' } } } }))).toEqual([
      'warning slug-pvc-template singleuser.storage.dynamic.volumeNameTemplate',
    ]);
    expect(found(imported({ singleuser: { storage: { dynamic: { pvcNameTemplate: 'home-{escaped_username}' } } } }))).toEqual([]);
    expect(found(imported({ singleuser: { storage: { dynamic: { pvcNameTemplate: 'home-{username}' } } }, hub: { config: { KubeSpawner: { slug_scheme: 'escape' } } } }))).toEqual([]);
  });

  it('dynamic storage on the default PVC names: they changed, existing PVCs must be named; near misses: no storage, the escape scheme', () => {
    expect(found(imported({}))).toEqual(['warning pvc-default-template singleuser.storage.dynamic.pvcNameTemplate']);
    expect(found(imported(none))).toEqual([]);
    expect(found(imported({ hub: { config: { KubeSpawner: { slug_scheme: 'escape' } } } }))).toEqual([]);
  });

  it('hub.extraContainers now come after the hub container; near miss: none', () => {
    expect(found(imported({ hub: { extraContainers: [{ name: 'sync', image: 'alpine/git:2.45.2' }] }, ...none }))).toEqual(['warning hub-extra-containers-order hub.extraContainers']);
    expect(found(imported({ hub: { extraContainers: [] }, ...none }))).toEqual([]);
  });

  it('traefik extra config written for v2; near miss: empty', () => {
    expect(found(imported({ proxy: { traefik: { extraDynamicConfig: { http: { middlewares: {} } } } }, ...none }))).toEqual(['warning traefik-v3-config proxy.traefik.extraDynamicConfig']);
    expect(found(imported({ proxy: { traefik: { extraStaticConfig: {} } }, ...none }))).toEqual([]);
  });

  it('{ or } in the user environment (singleuser.extraEnv, KubeSpawner.environment); near misses: doubled braces, none', () => {
    expect(found(imported({ singleuser: { storage: { type: 'none' }, extraEnv: { JSON_OPTS: '{"a": 1}' } } }))).toEqual(['warning spawner-env-braces singleuser.extraEnv.JSON_OPTS']);
    expect(found(imported({ ...none, hub: { config: { KubeSpawner: { environment: { X: 'a}b' } } } } }))).toEqual(['warning spawner-env-braces hub.config.KubeSpawner.environment.X']);
    expect(found(imported({ singleuser: { storage: { type: 'none' }, extraEnv: [{ name: 'A', value: '{{literal}}' }, { name: 'B', value: 'plain' }] } }))).toEqual([]);
  });
});
