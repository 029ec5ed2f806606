import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeConfig } from '../config/write-config-for-state.ts';
import type { JsonObject } from '../model/json.ts';
import { initialState, type WizardState } from '../model/state.ts';
import { restoreSaved, savedWorkText } from '../restore/restore-saved.ts';
import { restoreText } from '../restore/restore-text.ts';
import { acceptAllCode, acceptCode, dropAllCode, dropCode, holdForReview, importForReview, joinAll, pieceId, reviewItems, splitForReview, waitingSentence } from './index.ts';

/** A setup with a piece of each kind, several in one map and one list, among settings that are no code. */
const VALUES: JsonObject = {
  hub: {
    image: { name: 'quay.io/jupyterhub/k8s-hub', tag: '4.4.0' },
    extraConfig: { '00-first': 'c.A.a = 1\n', '10-keep': 'c.B.b = 2\n', '20-last': 'c.C.c = 3\n' },
    extraContainers: [{ name: 'one', image: 'busybox' }, { name: 'two', image: 'alpine' }, { name: 'three', image: 'nginx' }],
    extraFiles: { run: { mountPath: '/srv/run.sh', stringData: '#!/bin/sh\n' }, cfg: { mountPath: '/srv/c.json', data: { a: 1 } } },
    config: { JupyterHub: { admin_access: true } },
  },
  singleuser: {
    image: { name: 'ghcr.io/acme/notebook', tag: '1' },
    cmd: ['start.sh'],
    lifecycleHooks: { postStart: { exec: { command: ['sh', '-c', 'echo'] } } },
    profileList: [{ display_name: 'Small', kubespawner_override: { image: 'pangeo/base:1', cpu_limit: 1 } }, { display_name: 'Plain' }],
    memory: { guarantee: '1G' },
  },
  ingress: { enabled: true, hosts: ['hub.example.org'] },
};

const clone = (v: JsonObject): JsonObject => structuredClone(v);

describe('splitForReview', () => {
  it('keeps what is no code and holds back every piece', () => {
    const { values, pending } = splitForReview(clone(VALUES));
    expect(values).toEqual({
      hub: { image: VALUES.hub!['image' as never], extraFiles: { cfg: { mountPath: '/srv/c.json', data: { a: 1 } } }, config: { JupyterHub: { admin_access: true } } },
      singleuser: { profileList: [{ display_name: 'Small', kubespawner_override: { cpu_limit: 1 } }, { display_name: 'Plain' }], memory: { guarantee: '1G' } },
      ingress: { enabled: true, hosts: ['hub.example.org'] },
    });
    expect(pending.map((p) => p.kind).sort()).toEqual(['command', 'container', 'container', 'container', 'image', 'image', 'lifecycle', 'python', 'python', 'python', 'script']);
  });

  it('leaves values without code as they are', () => {
    const plain = { ingress: { enabled: true }, hub: { extraConfig: {} } };
    expect(splitForReview(plain)).toEqual({ values: plain, pending: [] });
  });
});

describe('accept and drop', () => {
  const state = holdForReview({ ...initialState(), values: clone(VALUES) });
  const ids = (state.review ?? []).map(pieceId);

  it('accepting every piece, in any order, gives back the values that came (also the order of snippets and containers)', () => {
    const orders = [ids, [...ids].reverse(), [...ids].sort(), ids.filter((_, i) => i % 2 === 0).concat(ids.filter((_, i) => i % 2 === 1))];
    for (const order of orders) {
      const accepted = order.reduce((s, id) => acceptCode(id)(s), state);
      expect(accepted.review).toBeUndefined();
      expect(accepted.values).toEqual(VALUES);
      expect(Object.keys((accepted.values.hub as JsonObject).extraConfig as JsonObject)).toEqual(['00-first', '10-keep', '20-last']);
      expect(((accepted.values.hub as JsonObject).extraContainers as JsonObject[]).map((c) => c.name)).toEqual(['one', 'two', 'three']);
    }
    expect(acceptAllCode(state).values).toEqual(VALUES);
    expect(joinAll(state.values, state.review ?? [])).toEqual(VALUES);
  });

  it('a dropped piece stays out, and the others still go back to their places', () => {
    const first = pieceId({ path: ['hub', 'extraContainers', 0] });
    const two = pieceId({ path: ['hub', 'extraContainers', 1] });
    const three = pieceId({ path: ['hub', 'extraContainers', 2] });
    const snippet = pieceId({ path: ['hub', 'extraConfig', '10-keep'] });
    let s = dropCode(first)(state);
    s = acceptCode(three)(s);
    s = acceptCode(two)(s);
    s = dropCode(snippet)(s);
    s = acceptAllCode(s);
    const hub = s.values.hub as JsonObject;
    expect((hub.extraContainers as JsonObject[]).map((c) => c.name)).toEqual(['two', 'three']);
    expect(Object.keys(hub.extraConfig as JsonObject)).toEqual(['00-first', '20-last']);
  });

  it('dropping all leaves the values that are no code; an unknown id changes nothing', () => {
    expect(dropAllCode(state)).toEqual({ ...initialState(), values: splitForReview(clone(VALUES)).values });
    expect(acceptCode('["nowhere",0]')(state)).toBe(state);
    expect(dropCode('["nowhere",0]')(state)).toBe(state);
  });

  it('says plainly how many pieces wait, and shows each with its place and code', () => {
    expect(waitingSentence(3)).toBe('3 pieces of code wait for your review');
    expect(waitingSentence(1)).toBe('1 piece of code waits for your review');
    const items = reviewItems(state);
    expect(items.find((i) => i.place === 'hub.extraConfig["00-first"]')).toMatchObject({ language: 'python', code: 'c.A.a = 1\n' });
    expect(items.find((i) => i.place === 'hub.extraContainers[1]')).toMatchObject({ label: 'Container two (image alpine)', code: 'name: two\nimage: alpine' });
    expect(items.find((i) => i.place === 'singleuser.image')?.label).toBe('Image ghcr.io/acme/notebook:1, from a registry not used before');
  });
});

describe('holdForReview beside the own work', () => {
  it("does not ask about images from a registry the admin's work already uses", () => {
    const own: WizardState = { ...initialState(), values: { singleuser: { image: { name: 'ghcr.io/acme/old', tag: '0' } } } };
    const held = holdForReview({ ...initialState(), values: { singleuser: { image: { name: 'ghcr.io/acme/notebook', tag: '1' } } } }, own);
    expect(held.review).toBeUndefined();
  });
});

describe('an imported file with code', () => {
  const text = [
    '# our hub',
    'hub:',
    '  extraConfig:',
    '    00-hook: |',
    '      c.Spawner.pre_spawn_hook = lambda s: None',
    '  extraContainers:',
    '    - name: sidecar',
    '      image: busybox',
    'ingress:',
    '  enabled: true # on',
    '',
  ].join('\n');
  const result = restoreText(text);
  if (!result.ok) throw new Error(result.error.message);
  const imported = importForReview(result)(initialState());

  it('downloads without it until accepted, the rest of the file kept', () => {
    expect(imported.review).toHaveLength(2);
    const download = writeConfig(imported);
    expect(download).not.toContain('pre_spawn_hook');
    expect(download).not.toContain('sidecar');
    expect(download).toContain('# our hub');
    expect(download).toContain('enabled: true # on');
  });

  it('downloads with it once accepted', () => {
    const download = writeConfig(acceptAllCode(imported));
    expect(download).toContain('c.Spawner.pre_spawn_hook = lambda s: None');
    expect(download).toContain('name: sidecar');
  });
});

describe('saved work with code waiting', () => {
  const state = holdForReview({ ...initialState(), values: clone(VALUES) });

  it('reads back with the same pieces waiting', () => {
    const saved = restoreSaved(savedWorkText(state, '2026-12-03T00:00:00.000Z'));
    expect(saved.kind).toBe('ok');
    if (saved.kind === 'ok') expect(saved.state.review).toEqual(state.review);
  });

  it('a stored list that does not read is left out with a notice; the work itself is kept', () => {
    for (const review of ['x', [{ kind: 'python', path: ['__proto__', 'a'], index: 0, value: 'x' }], [{ kind: 'shell', path: ['hub', 'x'], index: 0, value: 1 }]]) {
      const saved = restoreSaved(JSON.stringify({ format: 1, savedAt: 'x', state: { ...state, review } }));
      expect(saved.kind).toBe('ok');
      if (saved.kind !== 'ok') continue;
      expect(saved.state.review).toBeUndefined();
      expect(saved.state.values).toEqual(state.values);
      expect(saved.notices?.join(' ')).toContain('Code that waited for your review could not be read again');
    }
  });
});

describe('real configs', () => {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  const dir = path.resolve(repoRoot, '../shared/corpus/real-configs');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

  const held = new Map<string, number>();
  it.each(files)('%s: what is held back and accepted again is the file', (file) => {
    const result = restoreText(readFileSync(path.join(dir, file), 'utf8'));
    if (!result.ok) throw new Error(`${file}: ${result.error.message}`);
    const { values, pending } = splitForReview(result.values);
    held.set(file, pending.length);
    expect(joinAll(values, pending)).toEqual(result.values);
    expect(splitForReview(values).pending).toEqual([]);
  });

  it('most real configs carry code to review', () => {
    const withCode = [...held.values()].filter((n) => n > 0).length;
    expect(withCode).toBeGreaterThan(files.length / 2);
  });
});
