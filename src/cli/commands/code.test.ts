import { describe, expect, it } from 'vitest';
import { fakeIO } from '../fake-io.ts';
import { main } from '../main.ts';

describe('code', () => {
  it('lists each piece with its place and code, and exits 1', async () => {
    const f = fakeIO({
      'c.yaml': 'hub:\n  extraConfig:\n    00-x: |\n      c.X.y = 1\n  extraContainers:\n    - name: side\n      image: busybox\ningress:\n  enabled: true\n',
    });
    expect(await main(['code', 'c.yaml'], f.io)).toBe(1);
    expect(f.out()).toBe(
      'hub.extraConfig["00-x"]: python: Python snippet 00-x, run by the hub at start\n    c.X.y = 1\n' +
        'hub.extraContainers[0]: container: Container side (image busybox)\n    name: side\n    image: busybox\n',
    );
    expect(f.err()).toBe('c.yaml: 2 pieces of code to review\n');
  });

  it('exits 0 for a file without code, 2 for one that does not read', async () => {
    const clean = fakeIO({ 'c.yaml': 'ingress:\n  enabled: true\nsingleuser:\n  image: {name: quay.io/jupyter/scipy-notebook, tag: "2025-01-01"}\n' });
    expect(await main(['code', 'c.yaml'], clean.io)).toBe(0);
    expect(clean.err()).toBe('c.yaml: 0 pieces of code to review\n');
    const bad = fakeIO({ 'c.yaml': 'hub: [\n' });
    expect(await main(['code', 'c.yaml'], bad.io)).toBe(2);
  });
});
