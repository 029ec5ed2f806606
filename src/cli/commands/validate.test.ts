import { describe, expect, it } from 'vitest';
import { fakeIO } from '../fake-io.ts';
import { main } from '../main.ts';

describe('validate', () => {
  const resources = 'singleuser:\n  memory: {limit: 2G, guarantee: 1G}\n  cpu: {limit: 2, guarantee: 1}\n';

  it('exits 0 for a clean file', async () => {
    const f = fakeIO({ 'c.yaml': `hub:\n  baseUrl: /hub/\n${resources}` });
    expect(await main(['validate', 'c.yaml'], f.io)).toBe(0);
    expect(f.out()).toBe('c.yaml: no problems found\n');
  });

  it('prints each problem as FILE:LINE:COL: severity: path: message, at the key or item it is about, and exits 1 on errors', async () => {
    const f = fakeIO({ 'c.yaml': `ingress:\n  enabled: true\n  hosts: [hub.uni.edu, Bad_Host]\n${resources}` });
    expect(await main(['validate', 'c.yaml'], f.io)).toBe(1);
    expect(f.out()).toMatch(/^c\.yaml:3:24: error: ingress\.hosts\[1\]: the host name `Bad_Host` /m);
    expect(f.err()).toBe('c.yaml: 1 error, 0 warnings\n');
  });

  it('points a problem with a default at the nearest key the file writes, or at 1:1', async () => {
    const f = fakeIO({ 'c.yaml': 'proxy:\n  https:\n    enabled: true\nscheduling:\n  userScheduler:\n    enabled: true\n' });
    expect(await main(['validate', 'c.yaml'], f.io)).toBe(0);
    // proxy.https.hosts is not written: its parent proxy.https is, at line 2
    expect(f.out()).toMatch(/^c\.yaml:2:3: warning: proxy\.https\.hosts: /m);
    // nothing of singleuser is written
    expect(f.out()).toMatch(/^c\.yaml:1:1: warning: singleuser\.memory: /m);
  });

  it('--kube-version: below chart 4.4.0\'s kubeVersion (1.28) an error; 1.28 and up nothing more', async () => {
    const f = fakeIO({ 'c.yaml': `hub:\n  baseUrl: /hub/\n${resources}` });
    expect(await main(['validate', 'c.yaml', '--kube-version', '1.27'], f.io)).toBe(1);
    expect(f.out()).toMatch(/^c\.yaml:1:1: error: kubeVersion: chart 4\.4\.0 needs Kubernetes 1\.28 or newer/m);
    const g = fakeIO({ 'c.yaml': `hub:\n  baseUrl: /hub/\n${resources}` });
    expect(await main(['validate', 'c.yaml', '--kube-version', 'v1.28.0'], g.io)).toBe(0);
    expect(g.out()).toBe('c.yaml: no problems found\n');
  });

  it('reports a YAML syntax error at its line and column', async () => {
    const f = fakeIO({ 'c.yaml': 'hub:\n  baseUrl: /x/\n   bad: [\n' });
    expect(await main(['validate', 'c.yaml'], f.io)).toBe(1);
    expect(f.out()).toMatch(/^c\.yaml:2:12: error: YAML syntax error at line 2, column 12: /m);
  });

  it('applies merge keys and warns about repeated keys, as helm reads them', async () => {
    const merged = fakeIO({
      'c.yaml': `hub:\n  extraFiles:\n    a: &a {mountPath: /a, stringData: s}\n    b:\n      <<: *a\n      mountPath: /b\n${resources}`,
    });
    expect(await main(['validate', 'c.yaml'], merged.io)).toBe(0);
    const repeated = fakeIO({ 'c.yaml': `hub:\n  baseUrl: /a/\n${resources}hub:\n  baseUrl: /b/\n` });
    expect(await main(['validate', 'c.yaml'], repeated.io)).toBe(0);
    expect(repeated.out()).toMatch(/^c\.yaml:6:1: warning: Key "hub" appears twice \(lines 1 and 6\)/m);
  });

  it('needs a file', async () => {
    expect(await main(['validate'], fakeIO({}).io)).toBe(2);
  });
});
