import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { writeConfig } from '../config/write-config-for-state.ts';
import { initialState, type Update, type WizardState } from '../model/state.ts';
import { extraImages, setExtraImages } from './extra-images.ts';
import { addSnippet, renameSnippet, runOrder, setSnippetCode, snippets } from './extra-config.ts';
import { httpsMode, setHttpsMode } from './https.ts';
import { setIngressEnabled, setIngressHosts } from './ingress.ts';
import { schedulingStrategy, setSchedulingStrategy } from './scheduling.ts';

const run = (...updates: Update[]): WizardState => updates.reduce((s, u) => u(s), initialState());

describe('ingress', () => {
  it('writes enabled and hosts, and nothing once turned back off', () => {
    const s = run(setIngressEnabled(true), setIngressHosts(['a.org', 'b.org']));
    expect(writeConfig(s)).toBe('ingress:\n  enabled: true\n  hosts:\n    - a.org\n    - b.org\n');
    expect(writeConfig(run(setIngressEnabled(true), setIngressEnabled(false)))).toBe('{}\n');
  });
});

describe('scheduling', () => {
  it('spread turns the user-scheduler off; pack is the chart default', () => {
    const spread = run(setSchedulingStrategy('spread'));
    expect(parse(writeConfig(spread))).toEqual({ scheduling: { userScheduler: { enabled: false } } });
    expect(schedulingStrategy(spread)).toBe('spread');
    const pack = setSchedulingStrategy('pack')(spread);
    expect(pack.values).toEqual({});
    expect(schedulingStrategy(pack)).toBe('pack');
  });
});

describe('extra images', () => {
  it('writes tags as strings', () => {
    const s = run(setExtraImages([{ key: 'ubuntu', name: 'ubuntu', tag: '16.04' }]));
    expect(writeConfig(s)).toContain('tag: "16.04"');
    expect(extraImages(s)).toEqual([{ key: 'ubuntu', name: 'ubuntu', tag: '16.04' }]);
  });
});

describe('extraConfig snippets', () => {
  it('keep position on rename and run in plain string order', () => {
    const s = run(addSnippet('2-b', 'x = 2\n'), addSnippet('10-a', 'x = 1\n'), renameSnippet('2-b', '3-b'), setSnippetCode('10-a', 'y = 1\n'));
    expect(snippets(s).map((x) => x.name)).toEqual(['3-b', '10-a']);
    expect(runOrder(['3-b', '10-a', 'Z', 'a'])).toEqual(['10-a', '3-b', 'Z', 'a']);
    expect(writeConfig(s)).toBe('hub:\n  extraConfig:\n    3-b: |\n      x = 2\n    10-a: |\n      y = 1\n');
  });
});

describe('https', () => {
  it('cert-manager sets the annotation and a TLS entry that follows the hosts', () => {
    let s = run(setIngressEnabled(true), setIngressHosts(['hub.example.org']), setHttpsMode('cert-manager'));
    expect(httpsMode(s)).toBe('cert-manager');
    s = setIngressHosts(['hub.example.org', 'www.example.org'])(s);
    expect(parse(writeConfig(s)).ingress).toEqual({
      enabled: true,
      annotations: { 'cert-manager.io/cluster-issuer': 'letsencrypt-prod' },
      hosts: ['hub.example.org', 'www.example.org'],
      tls: [{ hosts: ['hub.example.org', 'www.example.org'], secretName: 'jupyterhub-tls' }],
    });
  });

  it('switching modes leaves nothing of the old one', () => {
    const s = run(setIngressEnabled(true), setIngressHosts(['h.org']), setHttpsMode('cert-manager'), setHttpsMode('none'));
    expect(s.values).toEqual({ ingress: { enabled: true, hosts: ['h.org'] } });
    const auto = setHttpsMode('auto')(s);
    expect(auto.values.proxy).toEqual({ https: { enabled: true, hosts: ['h.org'] } });
  });
});

describe('config.yaml as Helm reads it (YAML 1.1)', () => {
  it('quotes strings that YAML 1.1 would read as booleans or numbers', () => {
    const s = run(setExtraImages([{ key: 'a', name: 'img', tag: 'on' }]));
    expect(writeConfig(s)).toContain('tag: "on"');
    expect(parse(writeConfig(s), { version: '1.1' }).prePuller.extraImages.a.tag).toBe('on');
  });
});
