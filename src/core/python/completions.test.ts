import { describe, expect, it } from 'vitest';
import { CONFIG_CLASSES, SCOPE_NAMES, traitsOf } from './catalog.ts';
import { completionsAt, customKeyPaths, type CompletionResult } from './completions.ts';

const ctx = { customKeys: ['custom.theme', 'custom.theme.logo', 'custom.admins'] };

/** Completions with the cursor at the `|` in `text` (which is removed). */
function at(text: string, context = ctx): CompletionResult & { labels: string[] } {
  const offset = text.indexOf('|');
  const source = text.slice(0, offset) + text.slice(offset + 1);
  const before = source.slice(0, offset).split('\n');
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  const result = completionsAt(source, line, column, context);
  return { ...result, labels: result.items.map((i) => i.label) };
}

describe('customKeyPaths', () => {
  it('lists every branch and leaf under custom, depth first', () => {
    expect(customKeyPaths({ a: { b: 1, c: { d: 'x' } }, e: [1, 2], f: null })).toEqual([
      'custom.a',
      'custom.a.b',
      'custom.a.c',
      'custom.a.c.d',
      'custom.e',
      'custom.f',
    ]);
  });

  it('gives nothing for an empty custom', () => {
    expect(customKeyPaths({})).toEqual([]);
  });
});

describe('completionsAt', () => {
  it('offers the config classes after c.', () => {
    const r = at('c.|');
    expect(r.labels).toEqual(expect.arrayContaining(['JupyterHub', 'KubeSpawner', 'Authenticator', 'GitHubOAuthenticator', 'GenericOAuthenticator']));
    expect(r.replaceFrom).toBe(3);
    expect(r.items.every((i) => i.kind === 'class')).toBe(true);
  });

  it('replaces the part of the class name already typed', () => {
    const r = at('x = 1\nc.Kube|');
    expect(r.replaceFrom).toBe(3);
    expect(r.labels).toContain('KubeSpawner');
  });

  it('offers a class\'s traits, with inherited ones, after c.Class.', () => {
    const r = at('c.KubeSpawner.|');
    expect(r.labels).toEqual(expect.arrayContaining(['image', 'profile_list', 'cpu_limit', 'mem_guarantee', 'pre_spawn_hook', 'modify_pod_hook']));
    const image = r.items.find((i) => i.label === 'image')!;
    expect(image).toMatchObject({ kind: 'property', detail: 'str', insertText: 'image' });
    expect(image.documentation.length).toBeGreaterThan(10);
    const cmd = r.items.find((i) => i.label === 'cmd')!;
    expect(cmd.detail).toContain('from Spawner');
    expect(r.replaceFrom).toBe(15);
  });

  it('offers OAuthenticator and Authenticator traits on a provider class', () => {
    const r = at('c.GitHubOAuthenticator.allo|');
    expect(r.labels).toEqual(expect.arrayContaining(['allowed_organizations', 'client_id', 'oauth_callback_url', 'allowed_users', 'admin_users', 'allow_all']));
    expect(r.replaceFrom).toBe('c.GitHubOAuthenticator.'.length + 1);
  });

  it('offers nothing after an unknown class', () => {
    expect(at('c.NoSuchThing.|').items).toEqual([]);
  });

  it('offers the JupyterHub traits admins use', () => {
    expect(at('c.JupyterHub.|').labels).toEqual(
      expect.arrayContaining(['admin_access', 'authenticator_class', 'spawner_class', 'load_roles', 'services', 'template_paths', 'template_vars', 'shutdown_on_logout', 'allow_named_servers', 'named_server_limit_per_user', 'cookie_max_age_days']),
    );
  });

  it('offers custom key paths inside get_config("', () => {
    const r = at('x = get_config("custom.th|")');
    expect(r.labels).toEqual(ctx.customKeys);
    expect(r.replaceFrom).toBe('x = get_config("'.length + 1);
    expect(r.items[0]).toMatchObject({ kind: 'value', insertText: 'custom.theme' });
  });

  it("offers custom key paths inside z2jh.get_config('", () => {
    const r = at("logo = z2jh.get_config('|");
    expect(r.labels).toEqual(ctx.customKeys);
    expect(r.replaceFrom).toBe("logo = z2jh.get_config('".length + 1);
  });

  it('offers traits then key paths inside set_config_if_not_none', () => {
    expect(at('set_config_if_not_none(c.Authenticator, "|').labels).toContain('admin_users');
    const r = at('set_config_if_not_none(c.Authenticator, "admin_users", "custom.|');
    expect(r.labels).toEqual(ctx.customKeys);
    expect(r.replaceFrom).toBe('set_config_if_not_none(c.Authenticator, "admin_users", "'.length + 1);
  });

  it('offers the snippet scope at the start of a name', () => {
    const r = at('x = 1\nget_|');
    expect(r.labels).toEqual(SCOPE_NAMES.map((s) => s.name));
    expect(r.labels).toEqual(expect.arrayContaining(['c', 'get_config', 'get_secret_value', 'get_name', 'get_name_env', 'set_config_if_not_none', 'z2jh', 'os']));
    expect(r.replaceFrom).toBe(1);
    expect(r.items.find((i) => i.label === 'get_config')).toMatchObject({ kind: 'function', detail: expect.stringContaining('get_config(') });
  });

  it('offers the scope inside an expression and in an indented block', () => {
    expect(at('c.KubeSpawner.image = get|').replaceFrom).toBe('c.KubeSpawner.image = '.length + 1);
    expect(at('def f(spawner):\n    x = set_|').labels).toContain('set_config_if_not_none');
  });

  it('offers z2jh and os members after the module name', () => {
    expect(at('z2jh.|').labels).toEqual(['get_config', 'get_secret_value', 'get_name', 'get_name_env', 'set_config_if_not_none']);
    expect(at('os.env|').labels).toContain('environ');
  });

  it('offers KubeSpawner traits on the spawner a hook receives', () => {
    const r = at('async def hook(spawner):\n    spawner.mem|');
    expect(r.labels).toContain('mem_limit');
    expect(r.replaceFrom).toBe('    spawner.'.length + 1);
  });

  it('offers nothing in comments, plain strings, after other attributes or where a name is defined', () => {
    expect(at('# c.|').items).toEqual([]);
    expect(at('x = "c.|"').items).toEqual([]);
    expect(at('x = foo.|').items).toEqual([]);
    expect(at('def |').items).toEqual([]);
    expect(at('import |').items).toEqual([]);
    expect(at('x = 12|').items).toEqual([]);
  });

  it('does not take a longer name ending in c for c', () => {
    expect(at('abc.|').items).toEqual([]);
    expect(at('x.c.|').items).toEqual([]);
  });
});

describe('catalog', () => {
  it('has unique class names, known parents and unique trait names per class', () => {
    const names = CONFIG_CLASSES.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const cls of CONFIG_CLASSES) {
      for (const p of cls.parents) expect(names).toContain(p);
      const traits = cls.traits.map((t) => t.name);
      expect(new Set(traits).size, cls.name).toBe(traits.length);
      for (const t of cls.traits) {
        expect(t.name).toMatch(/^[a-z_][a-z0-9_]*$/);
        expect(t.type.length).toBeGreaterThan(0);
        expect(t.description.length).toBeGreaterThan(10);
      }
    }
  });

  it('covers the traits z2jh admins reach for', () => {
    const names = (cls: string) => traitsOf(cls).map((x) => x.trait.name);
    expect(names('KubeSpawner')).toEqual(
      expect.arrayContaining([
        'image', 'cpu_limit', 'cpu_guarantee', 'mem_limit', 'mem_guarantee', 'profile_list', 'extra_resource_limits',
        'volumes', 'volume_mounts', 'environment', 'node_selector', 'tolerations', 'start_timeout', 'http_timeout',
        'service_account', 'lifecycle_hooks', 'init_containers', 'extra_containers', 'extra_pod_config',
        'storage_capacity', 'pvc_name_template', 'default_url', 'cmd', 'args', 'uid', 'fs_gid', 'modify_pod_hook',
        'pre_spawn_hook', 'profile_form_template',
      ]),
    );
    expect(names('Authenticator')).toEqual(
      expect.arrayContaining(['admin_users', 'allowed_users', 'allow_all', 'allow_existing_users', 'blocked_users', 'auto_login', 'enable_auth_state', 'manage_groups']),
    );
    expect(names('GenericOAuthenticator')).toEqual(
      expect.arrayContaining(['client_id', 'client_secret', 'oauth_callback_url', 'scope', 'allowed_groups', 'username_claim', 'authorize_url', 'token_url', 'userdata_url']),
    );
  });
});

describe('completionsAt: get_config( before a quote (issue 17)', () => {
  it('offers every custom key path, nested ones too, quoted, right after the bracket', () => {
    for (const text of ['z2jh.get_config(|', 'x = get_config(|)', 'z2jh.get_config( |']) {
      const r = at(text);
      expect(r.labels).toEqual(['"custom.theme"', '"custom.theme.logo"', '"custom.admins"']);
      expect(r.items.map((i) => i.insertText)).toEqual(['"custom.theme"', '"custom.theme.logo"', '"custom.admins"']);
      expect(r.replaceFrom).toBe(text.indexOf('|') + 1);
    }
  });

  it('offers nothing for a ( typed anywhere else', () => {
    expect(completionsAt('print(', 1, 7, ctx, '(').items).toEqual([]);
    expect(completionsAt('c.KubeSpawner.get_config(', 1, 26, ctx, '(').items).toEqual([]);
    expect(completionsAt('z2jh.get_config(', 1, 17, ctx, '(').items).toHaveLength(3);
  });

  it('keeps the unquoted keys once a quote is typed', () => {
    expect(at('z2jh.get_config("|').labels).toEqual(['custom.theme', 'custom.theme.logo', 'custom.admins']);
  });
});
