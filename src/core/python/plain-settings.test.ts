import { describe, expect, it } from 'vitest';
import { hubConfigLine, plainSettings } from './plain-settings.ts';

describe('plainSettings', () => {
  it('finds top-level c.Class.trait = literal lines, with their values', () => {
    const src = [
      'import z2jh',
      'c.Spawner.start_timeout = 600',
      'c.KubeSpawner.image = "quay.io/jupyter/scipy-notebook:2024-05-27"',
      'c.JupyterHub.admin_access = True',
      'c.Spawner.default_url = None',
      'c.Spawner.cpu_limit = 0.5',
      'c.Spawner.mem_guarantee = -1',
      "c.Authenticator.admin_users = ['ana', 'bo']",
      'c.KubeSpawner.environment = {"A": "1", "B": 2}',
      'c.Spawner.http_timeout = 1_000',
      '',
    ].join('\n');
    const found = plainSettings(src);
    expect(found.map((s) => [s.line, s.className, s.trait, s.value])).toEqual([
      [2, 'Spawner', 'start_timeout', 600],
      [3, 'KubeSpawner', 'image', 'quay.io/jupyter/scipy-notebook:2024-05-27'],
      [4, 'JupyterHub', 'admin_access', true],
      [5, 'Spawner', 'default_url', null],
      [6, 'Spawner', 'cpu_limit', 0.5],
      [7, 'Spawner', 'mem_guarantee', -1],
      [8, 'Authenticator', 'admin_users', ['ana', 'bo']],
      [9, 'KubeSpawner', 'environment', { A: '1', B: 2 }],
      [10, 'Spawner', 'http_timeout', 1000],
    ]);
    expect(found[0]!.text).toBe('c.Spawner.start_timeout = 600');
    expect(hubConfigLine(found[0]!)).toBe('hub.config.Spawner.start_timeout: 600');
    expect(hubConfigLine(found[6]!)).toBe('hub.config.Authenticator.admin_users: ["ana","bo"]');
  });

  it('leaves Python that is more than a setting', () => {
    for (const src of [
      'if True:\n    c.Spawner.start_timeout = 600\n',
      'def f():\n    c.Spawner.start_timeout = 600\n',
      'c.Spawner.start_timeout = z2jh.get_config("custom.t")\n',
      'c.Spawner.start_timeout = 60 * 10\n',
      'c.Spawner.cmd = "a\\tb"\n',
      'c.Spawner.cmd = r"a"\n',
      'c.Spawner.cmd = "a" "b"\n',
      'c.Spawner.args += ["x"]\n',
      'c.Spawner.start_timeout: int = 600\n',
      'a = c.Spawner.start_timeout = 600\n',
      'c.spawner_class = "kubespawner.KubeSpawner"\n',
      'c.Spawner.start_timeout = 600j\n',
      'x.Spawner.start_timeout = 600\n',
      'c.Spawner.start_timeout = 600\nif x\n',
      'c.Spawner.n = 123456789012345678901234567890\n',
      'c.Spawner.env = {"a": 1, "a": 2}\n',
    ]) {
      expect(plainSettings(src), src).toEqual([]);
    }
  });
});
