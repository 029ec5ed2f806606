import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configCommand } from '../../cli/commands/config.ts';
import { validateCommand } from '../../cli/commands/validate.ts';
import { olderChartClues } from '../config/upgrade/older-chart.ts';
import { initialState, type WizardState } from '../model/state.ts';
import { savedWorkText } from '../saved/saved-state.ts';
import { validateState } from '../validate/index.ts';
import { restoreSaved } from './restore-saved.ts';
import { restoreText } from './restore-text.ts';
import type { ImportSuccess } from './types.ts';

const corpus = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/corpus');
const realDir = join(corpus, 'real-configs');
const synthetic = join(corpus, 'synthetic/0.7-era-typical.yaml');

function imported(text: string): ImportSuccess {
  const result = restoreText(text, { maxBytes: Infinity });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

describe('telling a file of chart 3.x or older', () => {
  it('by keys removed or renamed before 4.0, read as written (before the upgrade moves them)', () => {
    expect(olderChartClues({ auth: { type: 'github' } })).toEqual(['`auth`, a setting gone in chart 1.0.0 (now under hub.config)']);
    expect(olderChartClues({ hub: { extraConfig: 'c.X = 1' } })).toEqual(['`hub.extraConfig` as one string (a mapping since chart 1.0.0)']);
    expect(olderChartClues({ prePuller: { extraImages: [] } })).toHaveLength(1);
  });

  it("by the tag of the chart's own images, traefik v2 or a kube-scheduler before v1.30", () => {
    expect(olderChartClues({ hub: { image: { tag: '3.3.8' } } })).toEqual(['`hub.image.tag: 3.3.8`, the image of chart 3.3.8']);
    expect(olderChartClues({ hub: { image: { name: 'quay.io/jupyterhub/k8s-hub', tag: '0.9-445a953' } } })).toHaveLength(1);
    expect(olderChartClues({ proxy: { traefik: { image: { tag: 'v2.11.0' } } } })).toHaveLength(1);
    expect(olderChartClues({ scheduling: { userScheduler: { image: { tag: 'v1.26.15' } } } })).toHaveLength(1);
  });

  it('by a comment naming an older chart version', () => {
    expect(olderChartClues({}, 'hub: {}\n# helm upgrade --install jhub jupyterhub/jupyterhub --version 3.3.7\n')).toEqual(['the comment on line 2 names chart 3.3.7']);
    expect(olderChartClues({}, '# chart version: 2.0.0\n')).toEqual(['the comment on line 1 names chart 2.0.0']);
  });

  it("near misses: 4.x's own tags, a custom hub image, a value (not a comment) with a version, a 4.x comment", () => {
    expect(olderChartClues({ hub: { image: { tag: '4.4.0' } }, proxy: { traefik: { image: { tag: 'v3.6.12' } } }, scheduling: { userScheduler: { image: { tag: 'v1.30.14' } } } })).toEqual([]);
    expect(olderChartClues({ hub: { image: { name: 'my.registry/hub', tag: '3.1.0' } } })).toEqual([]);
    expect(olderChartClues({}, 'custom:\n  note: "chart version 3.3.8"\n# chart version 4.4.0\n')).toEqual([]);
  });
});

describe('the 0.7-era import', () => {
  const result = imported(readFileSync(synthetic, 'utf8'));

  it('says how it was told, and lists its behaviour changes apart from the renamed keys', () => {
    expect(result.imported.olderChart).toEqual(expect.arrayContaining(['`auth`, a setting gone in chart 1.0.0 (now under hub.config)', '`hub.extraConfigMap`, a setting gone in chart 2.0.0 (now custom)']));
    expect(result.behaviourChanges.map((p) => p.code)).toEqual(['pvc-default-template']);
    expect(result.notices.join('\n')).toMatch(/^The file is from chart 3\.x or older \(told by `auth`.*; and 7 more\): 1 behaviour change of chart 4\.x applies to it/m);
  });

  it('the work that holds it shows the same warnings; after New (no import) they are gone', () => {
    const state: WizardState = { ...initialState(), values: result.values, imported: result.imported };
    expect(validateState(state).filter((p) => p.code === 'pvc-default-template').map((p) => p.message)).toEqual(result.behaviourChanges.map((p) => p.message));
    expect(validateState({ ...initialState(), values: result.values }).filter((p) => p.code === 'pvc-default-template')).toEqual([]);
  });

  it('saved work keeps how the file was told (a reload shows the same warnings)', () => {
    const state: WizardState = { ...initialState(), values: result.values, imported: result.imported };
    const back = restoreSaved(savedWorkText(state, '2026-12-03T06:00:00Z'));
    if (back.kind !== 'ok') throw new Error(back.kind);
    expect(back.state.imported?.olderChart).toEqual(result.imported.olderChart);
  });

  it('the CLI: config lists the behaviour changes on stderr, validate says how the file was told and warns with the doc link', () => {
    let out = '';
    let err = '';
    const io = { out: (t: string) => (out += t), err: (t: string) => (err += t), readFile: (p: string) => readFileSync(p, 'utf8') };
    expect(configCommand.run([synthetic], io)).toBe(0);
    expect(err).toMatch(/^behaviour changes \(chart 3\.x or older → 4\.x\), 1:\nbehaviour change: singleuser\.storage\.dynamic\.pvcNameTemplate: the default PVC names changed: .* \(https:\/\/z2jh\.jupyter\.org\/.*\)$/m);
    out = '';
    err = '';
    validateCommand.run([synthetic], io);
    expect(err).toMatch(/from chart 3\.x or older, told by `auth`/);
    expect(out).toMatch(/: warning: singleuser\.storage\.dynamic\.pvcNameTemplate: the default PVC names changed.*\(https:\/\//);
  });
});

/**
 * Which behaviour change fires on which corpus file, and why it is true of it (the report's list).
 * The 13 files chart 4.4.0 takes as they are give no clue of an older chart, so nothing fires on
 * them (14 and 15 are from chart 3.3.8 by their repository's pin, but nothing in the files says so).
 */
const EXPECTED: Record<string, string[]> = {
  // 2017 (z2jh ~0.5): hub.extraConfigMap, ingress.https; dynamic storage on the default names
  '03-jupyterhub-mybinder.org-deploy-common-2017.yaml': ['pvc-default-template'],
  // 2019 (~0.7): auth, extraConfig string; dynamic storage on the default names
  '07-Unidata-science-gateway-example-secrets-2019.yaml': ['pvc-default-template'],
  // 2018 (0.6): hub.db.type postgres, no hub.db.upgrade (storage hostPath is removed by the upgrade)
  '12-berkeley-dsep-infra-datahub-config-2018.yaml': ['hub-db-upgrade'],
  // 2019 (0.9): static storage, subPath "{username}"
  '13-berkeley-dsep-infra-datahub-common-2019-extraconfigmap.yaml': ['slug-static-subpath'],
  // 2018 (~0.7): schedulerStrategy, proxy.networkPolicy; dynamic storage on the default names
  '16-jupyterhub-mybinder.org-deploy-values-2018.yaml': ['pvc-default-template'],
  // 2021 (0.11.1): imagePullSecret.enabled; the default names, and a templates-sync hub.extraContainer
  '22-utoronto-2i2c-jupyterhub-deploy-hub-values.yaml': ['pvc-default-template', 'hub-extra-containers-order'],
  // 2021 (0.10.6) and 2018 (0.7): auth; dynamic storage on the default names
  '27-earthlab-hub-ops-ea-hub-2021.yaml': ['pvc-default-template'],
  '28-earthlab-hub-ops-bootcamp-hub-2018.yaml': ['pvc-default-template'],
};

describe('the corpus imports list their behaviour changes', () => {
  const files = readdirSync(realDir).filter((f) => f.endsWith('.yaml')).sort();
  const valid = new Set(
    readFileSync(join(realDir, 'SOURCES.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')).filter((c) => c[c.length - 1] === 'valid').map((c) => c[0]!),
  );

  it('13 files are current', () => expect(valid.size).toBe(13));

  for (const file of files) {
    it(file, () => {
      const result = imported(readFileSync(join(realDir, file), 'utf8'));
      expect(result.behaviourChanges.map((p) => p.code)).toEqual(EXPECTED[file] ?? []);
      if (valid.has(file)) expect(result.imported.olderChart).toBeUndefined();
      else expect(result.imported.olderChart?.length).toBeGreaterThan(0);
    });
  }
});
