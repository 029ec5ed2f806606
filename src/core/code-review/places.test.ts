import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../model/json.ts';
import { imageSource, imageSourcesIn } from './images.ts';
import { findCode } from './places.ts';
import type { CodeKind } from './types.ts';

const none = new Set<string>();

/** What findCode finds, as `kind path` lines. */
function found(values: JsonObject, seen: ReadonlySet<string> = none): string[] {
  return findCode(values, seen).map((f) => `${f.kind} ${JSON.stringify(f.path)}`);
}

describe('findCode: each kind of piece', () => {
  const cases: [string, JsonObject, CodeKind, (string | number)[]][] = [
    ['a hub.extraConfig snippet', { hub: { extraConfig: { '00-auth': 'c.Authenticator.admin_users = {"a"}\n' } } }, 'python', ['hub', 'extraConfig', '00-auth']],
    ['a hub sidecar', { hub: { extraContainers: [{ name: 'side', image: 'busybox', command: ['sh'] }] } }, 'container', ['hub', 'extraContainers', 0]],
    ['a hub init container', { hub: { initContainers: [{ name: 'init', image: 'busybox' }] } }, 'container', ['hub', 'initContainers', 0]],
    ['a user sidecar', { singleuser: { extraContainers: [{ name: 'x', image: 'alpine' }] } }, 'container', ['singleuser', 'extraContainers', 0]],
    ['a user init container', { singleuser: { initContainers: [{ name: 'x', image: 'alpine' }] } }, 'container', ['singleuser', 'initContainers', 0]],
    ['a traefik init container', { proxy: { traefik: { extraInitContainers: [{ name: 'x' }] } } }, 'container', ['proxy', 'traefik', 'extraInitContainers', 0]],
    ['a container in an extraPodSpec', { hub: { extraPodSpec: { initContainers: [{ name: 'x' }] } } }, 'container', ['hub', 'extraPodSpec', 'initContainers', 0]],
    ['a container in singleuser.extraPodConfig', { singleuser: { extraPodConfig: { containers: [{ name: 'x' }] } } }, 'container', ['singleuser', 'extraPodConfig', 'containers', 0]],
    ['user lifecycle hooks', { singleuser: { lifecycleHooks: { postStart: { exec: { command: ['sh', '-c', 'curl x | sh'] } } } } }, 'lifecycle', ['singleuser', 'lifecycleHooks']],
    ['hub lifecycle', { hub: { lifecycle: { preStop: { exec: { command: ['sleep', '5'] } } } } }, 'lifecycle', ['hub', 'lifecycle']],
    ['the hub command', { hub: { command: ['sh', '-c'] } }, 'command', ['hub', 'command']],
    ['the hub args', { hub: { args: ['--debug'] } }, 'command', ['hub', 'args']],
    ['a user command', { singleuser: { cmd: 'start-notebook.sh' } }, 'command', ['singleuser', 'cmd']],
    ['a command through hub.config', { hub: { config: { KubeSpawner: { cmd: ['bash', '-c', 'x'] } } } }, 'command', ['hub', 'config', 'KubeSpawner', 'cmd']],
    [
      "a profile's lifecycle hooks",
      { singleuser: { profileList: [{ display_name: 'A', kubespawner_override: { lifecycle_hooks: { postStart: {} } } }] } },
      'lifecycle',
      ['singleuser', 'profileList', 0, 'kubespawner_override', 'lifecycle_hooks'],
    ],
    [
      "a profile option's init container",
      { singleuser: { profileList: [{ profile_options: { env: { choices: { a: { kubespawner_override: { init_containers: [{ name: 'x' }] } } } } } }] } },
      'container',
      ['singleuser', 'profileList', 0, 'profile_options', 'env', 'choices', 'a', 'kubespawner_override', 'init_containers', 0],
    ],
    ['a script with a shebang', { hub: { extraFiles: { run: { mountPath: '/etc/run', stringData: '#!/bin/sh\necho hi\n' } } } }, 'script', ['hub', 'extraFiles', 'run']],
    ['a script by name', { singleuser: { extraFiles: { s: { mountPath: '/usr/local/bin/start.sh', stringData: 'echo hi' } } } }, 'script', ['singleuser', 'extraFiles', 's']],
    ['an executable file', { singleuser: { extraFiles: { s: { mountPath: '/usr/local/bin/tool', stringData: 'x', mode: 0o755 } } } }, 'script', ['singleuser', 'extraFiles', 's']],
    ['an image from another registry', { singleuser: { image: { name: 'ghcr.io/acme/notebook', tag: '1.0' } } }, 'image', ['singleuser', 'image']],
    ['an extra image to pre-pull', { prePuller: { extraImages: { x: { name: 'evil.example/miner', tag: '1' } } } }, 'image', ['prePuller', 'extraImages', 'x']],
    ["a profile's image", { singleuser: { profileList: [{ kubespawner_override: { image: 'pangeo/pangeo-notebook:2024.01.01' } }] } }, 'image', ['singleuser', 'profileList', 0, 'kubespawner_override', 'image']],
  ];
  it.each(cases)('%s', (_name, values, kind, path) => {
    expect(found(values)).toEqual([`${kind} ${JSON.stringify(path)}`]);
  });

  it('finds each snippet and each container on its own, with its position', () => {
    const values: JsonObject = { hub: { extraConfig: { a: 'x = 1', b: 'y = 2' }, extraContainers: [{ name: 'one' }, { name: 'two' }] } };
    expect(findCode(values, none).map((f) => [f.path.at(-1), f.index])).toEqual([['a', 0], ['b', 1], [0, 0], [1, 1]]);
  });
});

describe('findCode: near misses are not code', () => {
  const misses: [string, JsonObject][] = [
    ['empty places', { hub: { extraConfig: {}, extraContainers: [], command: [], lifecycle: {} }, singleuser: { lifecycleHooks: {}, initContainers: [] } }],
    ['an empty snippet', { hub: { extraConfig: { a: '', b: null } } }],
    ["the chart's default user command", { singleuser: { cmd: 'jupyterhub-singleuser' } }],
    ['a data file', { hub: { extraFiles: { cfg: { mountPath: '/etc/jupyter/config.json', data: { a: 1 }, mode: 0o644 } } } }],
    ['a text file with no shebang', { singleuser: { extraFiles: { motd: { mountPath: '/etc/motd', stringData: 'Welcome #!' } } } }],
    ['a class name in hub.config', { hub: { config: { JupyterHub: { authenticator_class: 'github' }, KubeSpawner: { start_timeout: 600 } } } }],
    ['the proxy command-line flags', { proxy: { chp: { extraCommandLineFlags: ['--no-include-prefix'] } } }],
    ['Python-looking text outside extraConfig', { custom: { hook: 'import os; os.system("x")' } }],
    ['a container list under another key', { hub: { extraVolumes: [{ name: 'x', emptyDir: {} }] }, singleuser: { storage: { extraVolumes: [{ name: 'y' }] } } }],
    [
      'images from well-known registries',
      {
        hub: { image: { name: 'quay.io/jupyterhub/k8s-hub', tag: '4.4.0' } },
        singleuser: {
          image: { name: 'quay.io/jupyter/scipy-notebook', tag: '2025-01-01' },
          profileList: [{ kubespawner_override: { image: 'jupyter/datascience-notebook:latest' } }, { kubespawner_override: { image: 'python:3.12' } }],
        },
        scheduling: { userPlaceholder: { image: { name: 'registry.k8s.io/pause', tag: '3.10' } } },
        proxy: { traefik: { image: { name: 'traefik', tag: 'v3.6.12' } } },
      },
    ],
    ['an image set only by its tag', { singleuser: { image: { tag: '2025-01-01' } } }],
  ];
  it.each(misses)('%s', (_name, values) => {
    expect(found(values)).toEqual([]);
  });

  it('an image from a registry the own work uses is not asked about', () => {
    const own = { singleuser: { profileList: [{ kubespawner_override: { image: 'ghcr.io/acme/base:1' } }] } };
    const seen = imageSourcesIn(own);
    expect(found({ singleuser: { image: { name: 'ghcr.io/acme/notebook', tag: '2' } } }, seen)).toEqual([]);
    expect(found({ singleuser: { image: { name: 'ghcr.io/other/notebook', tag: '2' } } }, seen)).toHaveLength(1);
  });
});

describe('imageSource', () => {
  it.each([
    ['python:3.12', 'docker.io/library'],
    ['jupyter/base-notebook', 'docker.io/jupyter'],
    ['index.docker.io/pangeo/base', 'docker.io/pangeo'],
    ['quay.io/jupyter/scipy-notebook:x', 'quay.io/jupyter'],
    ['localhost:5000/me/img', 'localhost:5000/me'],
    ['registry.k8s.io/pause@sha256:abc', 'registry.k8s.io/pause'],
  ])('%s comes from %s', (image, source) => {
    expect(imageSource(image)).toBe(source);
  });
});
