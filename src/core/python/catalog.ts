/**
 * What an admin can reach from a `hub.extraConfig` snippet: the traitlets
 * config classes that z2jh hubs use, their common traits, and the helper
 * names that z2jh's jupyterhub_config.py puts in the snippet's scope.
 *
 * Data only; completions.ts decides what to offer where. Descriptions are
 * short and our own; they say what a setting does for a z2jh admin.
 */

export interface TraitInfo {
  name: string;
  /** Python-side type, as an admin would write the value. */
  type: string;
  description: string;
}

export interface ConfigClassInfo {
  name: string;
  /** Classes whose traits this one inherits (searched in order). */
  parents: readonly string[];
  /** Python package that defines it. */
  module: string;
  description: string;
  traits: readonly TraitInfo[];
}

export interface ScopeNameInfo {
  name: string;
  kind: 'function' | 'variable' | 'module';
  /** Signature or type shown next to the name. */
  detail: string;
  description: string;
}

const t = (name: string, type: string, description: string): TraitInfo => ({ name, type, description });

const SPAWNER_TRAITS: readonly TraitInfo[] = [
  t('cmd', 'list[str]', 'Command that starts the user server in the container (e.g. ["jupyterhub-singleuser"]).'),
  t('args', 'list[str]', 'Extra command-line arguments added after cmd.'),
  t('default_url', 'str', 'Page users land on after their server starts, e.g. "/lab" or "/tree".'),
  t('environment', 'dict[str, str | callable]', 'Environment variables set in the user server; a value may be a function of the spawner.'),
  t('cpu_limit', 'float', 'Most CPU cores the user server may use.'),
  t('cpu_guarantee', 'float', 'CPU cores reserved for the user server.'),
  t('mem_limit', 'str | int', 'Most memory the user server may use, e.g. "4G"; the kernel is killed past it.'),
  t('mem_guarantee', 'str | int', 'Memory reserved for the user server, e.g. "1G".'),
  t('start_timeout', 'int', 'Seconds the hub waits for the server to start (including image pull) before giving up.'),
  t('http_timeout', 'int', 'Seconds the hub waits, once started, for the server to answer HTTP.'),
  t('poll_interval', 'int', 'Seconds between checks that a running server is still alive.'),
  t('pre_spawn_hook', 'callable(spawner)', 'Function (may be async) run just before each spawn; the usual place for per-user settings.'),
  t('post_stop_hook', 'callable(spawner)', 'Function run after a user server stops.'),
  t('auth_state_hook', 'callable(spawner, auth_state)', 'Function handed the user\'s auth state before spawning (needs enable_auth_state).'),
  t('options_form', 'str | callable', 'HTML form shown before spawning; its answers reach options_from_form.'),
  t('options_from_form', 'callable(formdata)', 'Turns the submitted options form into the user_options dict.'),
  t('notebook_dir', 'str', 'Folder the user server opens in.'),
  t('disable_user_config', 'bool', 'Ignore Jupyter config files in the user\'s home directory.'),
  t('env_keep', 'list[str]', 'Hub environment variables passed through to user servers.'),
  t('consecutive_failure_limit', 'int', 'Stop the hub after this many spawn failures in a row (0 never stops).'),
  t('debug', 'bool', 'Log the user server at debug level.'),
  t('port', 'int', 'Port the user server listens on inside its container.'),
  t('oauth_client_allowed_scopes', 'list[str]', 'Extra scopes the user server\'s OAuth client may request.'),
];

const KUBESPAWNER_TRAITS: readonly TraitInfo[] = [
  t('image', 'str', 'Container image of the user server, "name:tag".'),
  t('image_pull_policy', 'str', 'When the node pulls the image: "IfNotPresent", "Always" or "Never".'),
  t('image_pull_secrets', 'list[str]', 'Names of Secrets holding registry credentials for the image.'),
  t('profile_list', 'list[dict] | callable', 'Choices shown to users before spawning; each profile overrides spawner settings.'),
  t('profile_form_template', 'str', 'Jinja template that renders the profile_list choice form.'),
  t('extra_resource_limits', 'dict[str, str]', 'Other resource limits for the container, e.g. {"nvidia.com/gpu": "1"}.'),
  t('extra_resource_guarantees', 'dict[str, str]', 'Other resource requests for the container.'),
  t('volumes', 'list[dict] | dict', 'Kubernetes volumes added to the user pod.'),
  t('volume_mounts', 'list[dict] | dict', 'Where those volumes appear in the user container.'),
  t('node_selector', 'dict[str, str]', 'Node labels a user pod must match to be scheduled.'),
  t('tolerations', 'list[dict]', 'Taints the user pod tolerates.'),
  t('node_affinity_required', 'list[dict]', 'Node selector terms the pod must match.'),
  t('node_affinity_preferred', 'list[dict]', 'Weighted node selector terms the scheduler tries to honour.'),
  t('service_account', 'str', 'ServiceAccount the user pod runs as.'),
  t('automount_service_account_token', 'bool', 'Mount the ServiceAccount token into the user pod.'),
  t('lifecycle_hooks', 'dict', 'postStart / preStop hooks of the user container.'),
  t('init_containers', 'list[dict]', 'Containers run to completion before the user container starts.'),
  t('extra_containers', 'list[dict]', 'Sidecar containers added to the user pod.'),
  t('extra_pod_config', 'dict', 'Fields merged into the pod spec as they are (camelCase keys).'),
  t('extra_container_config', 'dict', 'Fields merged into the user container spec as they are.'),
  t('storage_capacity', 'str', 'Size of each user\'s PersistentVolumeClaim, e.g. "10Gi".'),
  t('storage_class', 'str', 'StorageClass of user PVCs.'),
  t('storage_access_modes', 'list[str]', 'Access modes of user PVCs, e.g. ["ReadWriteOnce"].'),
  t('storage_pvc_ensure', 'bool', 'Create the user PVC if it does not exist.'),
  t('pvc_name_template', 'str', 'Name pattern of user PVCs, e.g. "claim-{username}".'),
  t('pod_name_template', 'str', 'Name pattern of user pods, e.g. "jupyter-{username}".'),
  t('delete_pvc', 'bool', 'Delete the user\'s PVC when the user is deleted.'),
  t('uid', 'int | callable', 'User id the container runs as.'),
  t('gid', 'int | callable', 'Group id the container runs as.'),
  t('fs_gid', 'int | callable', 'Group that owns mounted volumes, so the user can write to them.'),
  t('supplemental_gids', 'list[int]', 'Extra groups of the container\'s user.'),
  t('privileged', 'bool', 'Run the user container privileged (rarely a good idea).'),
  t('allow_privilege_escalation', 'bool | None', 'Whether processes may gain more privileges than their parent (sudo).'),
  t('container_security_context', 'dict', 'securityContext of the user container.'),
  t('pod_security_context', 'dict', 'securityContext of the user pod.'),
  t('modify_pod_hook', 'callable(spawner, pod)', 'Function that may change the pod object just before it is created; returns the pod.'),
  t('extra_labels', 'dict[str, str]', 'Labels added to user pods.'),
  t('extra_annotations', 'dict[str, str]', 'Annotations added to user pods.'),
  t('common_labels', 'dict[str, str]', 'Labels put on every object the spawner creates.'),
  t('namespace', 'str', 'Namespace of user pods (the hub\'s by default).'),
  t('enable_user_namespaces', 'bool', 'Give each user a namespace of their own.'),
  t('user_namespace_template', 'str', 'Name pattern of per-user namespaces.'),
  t('working_dir', 'str', 'Working directory of the user container.'),
  t('scheduler_name', 'str', 'Kubernetes scheduler that places user pods.'),
  t('priority_class_name', 'str', 'PriorityClass of user pods.'),
  t('services_enabled', 'bool', 'Create a Service in front of each user pod.'),
  t('k8s_api_request_timeout', 'int', 'Seconds one Kubernetes API call may take.'),
];

const AUTHENTICATOR_TRAITS: readonly TraitInfo[] = [
  t('admin_users', 'set[str]', 'Usernames that are hub admins.'),
  t('allowed_users', 'set[str]', 'Usernames allowed to log in (besides any other allow rule).'),
  t('allow_all', 'bool', 'Let everyone who can authenticate log in.'),
  t('allow_existing_users', 'bool', 'Also allow users already in the hub database (e.g. added by admins).'),
  t('blocked_users', 'set[str]', 'Usernames never allowed to log in.'),
  t('auto_login', 'bool', 'Skip the hub login page and go straight to the login service.'),
  t('auto_login_oauth2_authorize', 'bool', 'Also skip the login page when an OAuth client sends users to the hub.'),
  t('enable_auth_state', 'bool', 'Keep tokens and user info from login, encrypted, for spawners and hooks.'),
  t('manage_groups', 'bool', 'Let the authenticator set users\' hub group memberships at login.'),
  t('manage_roles', 'bool', 'Let the authenticator set users\' hub roles at login.'),
  t('refresh_pre_spawn', 'bool', 'Refresh the user\'s auth before each spawn.'),
  t('auth_refresh_age', 'int', 'Seconds before auth info is considered stale and refreshed.'),
  t('delete_invalid_users', 'bool', 'Remove users from the database that are no longer allowed.'),
  t('username_pattern', 'str', 'Regular expression that usernames must match.'),
  t('username_map', 'dict[str, str]', 'Renames users after login: authenticated name to hub name.'),
  t('post_auth_hook', 'callable(authenticator, handler, auth_model)', 'Function that may change the auth model after login (e.g. add groups).'),
];

const OAUTH_TRAITS: readonly TraitInfo[] = [
  t('client_id', 'str', 'OAuth client id registered with the identity provider.'),
  t('client_secret', 'str', 'OAuth client secret; keep it out of plain config where you can.'),
  t('oauth_callback_url', 'str', 'Redirect URL registered with the provider, ending in /hub/oauth_callback.'),
  t('scope', 'list[str]', 'Scopes requested from the provider.'),
  t('authorize_url', 'str', 'Provider URL where users log in.'),
  t('token_url', 'str', 'Provider URL that exchanges the code for tokens.'),
  t('userdata_url', 'str', 'Provider URL that returns the user\'s profile.'),
  t('username_claim', 'str | callable', 'Profile field (or function) that gives the hub username.'),
  t('login_service', 'str', 'Name on the "Sign in with …" button.'),
  t('allowed_groups', 'set[str]', 'Provider groups whose members may log in.'),
  t('admin_groups', 'set[str]', 'Provider groups whose members are hub admins.'),
  t('auth_state_groups_key', 'str | callable', 'Where in the auth state the user\'s groups are, e.g. "oauth_user.groups".'),
  t('logout_redirect_url', 'str', 'Where users go after logging out of the hub.'),
  t('extra_authorize_params', 'dict[str, str]', 'Extra query parameters sent to the authorize URL.'),
  t('token_params', 'dict[str, str]', 'Extra parameters sent with the token request.'),
  t('userdata_params', 'dict[str, str]', 'Extra parameters sent with the profile request.'),
  t('basic_auth', 'bool', 'Send the client id and secret as HTTP basic auth to the token URL.'),
  t('validate_server_cert', 'bool', 'Check the provider\'s TLS certificate.'),
  t('http_request_kwargs', 'dict', 'Extra options for every HTTP request to the provider (proxies, timeouts).'),
];

/** The classes admins configure in extraConfig, with the traits they reach for. */
export const CONFIG_CLASSES: readonly ConfigClassInfo[] = [
  {
    name: 'JupyterHub',
    parents: [],
    module: 'jupyterhub.app',
    description: 'The hub application itself: routing, services, roles, templates.',
    traits: [
      t('admin_access', 'bool', 'Let admins open other users\' servers.'),
      t('authenticator_class', 'str | type', 'Authenticator to use, e.g. "github", "generic-oauth" or a class.'),
      t('spawner_class', 'str | type', 'Spawner to use; z2jh sets KubeSpawner.'),
      t('load_roles', 'list[dict]', 'Roles (name, scopes, users, groups, services) created at startup.'),
      t('load_groups', 'dict', 'Groups (and their members) created at startup.'),
      t('custom_scopes', 'dict', 'Extra scopes services can check, named "custom:…".'),
      t('services', 'list[dict]', 'Hub services: managed processes or external apps with API tokens.'),
      t('template_paths', 'list[str]', 'Folders searched first for page templates (to restyle the hub).'),
      t('template_vars', 'dict', 'Extra variables available in page templates.'),
      t('shutdown_on_logout', 'bool', 'Stop the user\'s servers when they log out.'),
      t('allow_named_servers', 'bool', 'Let users run several named servers.'),
      t('named_server_limit_per_user', 'int | callable', 'Most named servers per user (0 for no limit).'),
      t('cookie_max_age_days', 'float', 'Days a login cookie stays valid.'),
      t('concurrent_spawn_limit', 'int', 'Most spawns in progress at once.'),
      t('active_server_limit', 'int', 'Most user servers running at once.'),
      t('default_url', 'str | callable', 'Where users go after login instead of their server.'),
      t('redirect_to_server', 'bool', 'Send users to their server right after login.'),
      t('logo_file', 'str', 'Image file shown as the hub logo.'),
      t('extra_handlers', 'list[tuple]', 'Extra Tornado URL handlers served by the hub.'),
      t('tornado_settings', 'dict', 'Settings passed to the hub\'s Tornado application (headers, CSP…).'),
      t('last_activity_interval', 'int', 'Seconds between updates of users\' last-activity times.'),
      t('activity_resolution', 'int', 'Ignore activity updates closer together than this many seconds.'),
      t('authenticate_prometheus', 'bool', 'Require a token to read /hub/metrics.'),
      t('implicit_spawn_seconds', 'float', 'Spawn the user\'s server automatically after this many seconds on the home page.'),
      t('init_spawners_timeout', 'int', 'Seconds to wait at startup for checks of running servers.'),
      t('cleanup_servers', 'bool', 'Stop user servers when the hub shuts down (z2jh keeps them).'),
      t('base_url', 'str', 'URL prefix of the hub (set by hub.baseUrl in z2jh).'),
      t('public_url', 'str', 'Public URL of the hub, used in links and OAuth redirects.'),
      t('subdomain_host', 'str', 'Serve each user on their own subdomain of this host.'),
      t('proxy_class', 'str | type', 'Proxy implementation the hub talks to.'),
      t('log_level', 'str | int', 'Hub log level, e.g. "DEBUG".'),
    ],
  },
  {
    name: 'Spawner',
    parents: [],
    module: 'jupyterhub.spawner',
    description: 'Settings shared by every spawner; in z2jh they reach KubeSpawner.',
    traits: SPAWNER_TRAITS,
  },
  {
    name: 'KubeSpawner',
    parents: ['Spawner'],
    module: 'kubespawner',
    description: 'Starts each user server as a Kubernetes pod (the z2jh spawner).',
    traits: KUBESPAWNER_TRAITS,
  },
  {
    name: 'Authenticator',
    parents: [],
    module: 'jupyterhub.auth',
    description: 'Settings shared by every authenticator: who may log in, who is admin.',
    traits: AUTHENTICATOR_TRAITS,
  },
  {
    name: 'OAuthenticator',
    parents: ['Authenticator'],
    module: 'oauthenticator',
    description: 'Settings shared by every OAuth2 / OpenID Connect login.',
    traits: OAUTH_TRAITS,
  },
  {
    name: 'GenericOAuthenticator',
    parents: ['OAuthenticator', 'Authenticator'],
    module: 'oauthenticator.generic',
    description: 'Login with any OAuth2 / OpenID Connect provider (Keycloak, Okta, Auth0…).',
    traits: [],
  },
  {
    name: 'GitHubOAuthenticator',
    parents: ['OAuthenticator', 'Authenticator'],
    module: 'oauthenticator.github',
    description: 'Login with GitHub.',
    traits: [
      t('allowed_organizations', 'set[str]', 'GitHub organizations (or "org:team") whose members may log in.'),
      t('populate_teams_in_auth_state', 'bool', 'Store the user\'s teams in auth state (needs read:org scope).'),
      t('github_url', 'str', 'Base URL of a GitHub Enterprise server.'),
    ],
  },
  {
    name: 'GoogleOAuthenticator',
    parents: ['OAuthenticator', 'Authenticator'],
    module: 'oauthenticator.google',
    description: 'Login with Google accounts.',
    traits: [
      t('hosted_domain', 'list[str]', 'Google Workspace domains whose accounts may log in.'),
      t('allowed_google_groups', 'dict[str, set[str]]', 'Per domain, Google groups whose members may log in.'),
      t('admin_google_groups', 'dict[str, set[str]]', 'Per domain, Google groups whose members are admins.'),
      t('gsuite_administrator', 'dict[str, str]', 'Per domain, the admin account used to read group membership.'),
      t('google_service_account_keys', 'dict[str, str]', 'Per domain, the service-account key file used to read groups.'),
    ],
  },
  {
    name: 'AzureAdOAuthenticator',
    parents: ['OAuthenticator', 'Authenticator'],
    module: 'oauthenticator.azuread',
    description: 'Login with Microsoft Entra ID (Azure AD).',
    traits: [t('tenant_id', 'str', 'Directory (tenant) id of the Entra ID organization.')],
  },
  {
    name: 'GitLabOAuthenticator',
    parents: ['OAuthenticator', 'Authenticator'],
    module: 'oauthenticator.gitlab',
    description: 'Login with gitlab.com or a self-hosted GitLab.',
    traits: [
      t('gitlab_url', 'str', 'Base URL of a self-hosted GitLab.'),
      t('allowed_gitlab_groups', 'set[str]', 'GitLab groups whose members may log in.'),
      t('allowed_project_ids', 'set[int]', 'GitLab projects whose developers may log in.'),
    ],
  },
  {
    name: 'CILogonOAuthenticator',
    parents: ['OAuthenticator', 'Authenticator'],
    module: 'oauthenticator.cilogon',
    description: 'Login through CILogon (campus and research identity providers).',
    traits: [
      t('allowed_idps', 'dict', 'Identity providers offered, each with its username claim and allowed domains.'),
      t('shown_idps', 'list[str]', 'Identity providers listed on the CILogon page.'),
      t('skin', 'str', 'CILogon page look to use.'),
      t('cilogon_host', 'str', 'CILogon server host name.'),
    ],
  },
  {
    name: 'LDAPAuthenticator',
    parents: ['Authenticator'],
    module: 'ldapauthenticator',
    description: 'Login with a username and password checked against LDAP / Active Directory.',
    traits: [
      t('server_address', 'str', 'Host name of the LDAP server.'),
      t('server_port', 'int', 'Port of the LDAP server.'),
      t('tls_strategy', 'str', 'How to secure the connection: "before", "on_connect" or "insecure".'),
      t('bind_dn_template', 'list[str]', 'DN patterns tried to log the user in, with {username}.'),
      t('lookup_dn', 'bool', 'Search for the user\'s DN first instead of building it.'),
      t('lookup_dn_search_filter', 'str', 'LDAP filter used to find the user\'s DN.'),
      t('lookup_dn_search_user', 'str', 'Account used for the DN search.'),
      t('lookup_dn_search_password', 'str', 'Password of that search account.'),
      t('lookup_dn_user_dn_attribute', 'str', 'Attribute that holds the username in the search result.'),
      t('user_search_base', 'str', 'Where in the tree users are searched.'),
      t('user_attribute', 'str', 'Attribute that holds the username, e.g. "uid" or "sAMAccountName".'),
      t('allowed_groups', 'list[str]', 'Group DNs whose members may log in.'),
      t('valid_username_regex', 'str', 'Regular expression a typed username must match.'),
      t('escape_userdn', 'bool', 'Escape special characters in the built DN.'),
      t('search_filter', 'str', 'Extra LDAP filter a user must match to log in.'),
      t('attributes', 'list[str]', 'User attributes fetched for search_filter.'),
      t('auth_state_attributes', 'list[str]', 'User attributes stored in auth state.'),
      t('use_lookup_dn_username', 'bool', 'Use the looked-up name as the hub username.'),
    ],
  },
  {
    name: 'NativeAuthenticator',
    parents: ['Authenticator'],
    module: 'nativeauthenticator',
    description: 'Usernames and passwords kept by the hub itself, with sign-up and approval.',
    traits: [
      t('open_signup', 'bool', 'Accept new sign-ups without admin approval.'),
      t('enable_signup', 'bool', 'Show the sign-up page at all.'),
      t('minimum_password_length', 'int', 'Shortest password accepted.'),
      t('check_common_password', 'bool', 'Refuse passwords found in a list of common ones.'),
      t('ask_email_on_signup', 'bool', 'Ask for an email address when signing up.'),
      t('allowed_failed_logins', 'int', 'Failed logins before a user is locked out for a while (0 never).'),
      t('seconds_before_next_try', 'int', 'Lock-out time after too many failed logins.'),
      t('allow_2fa', 'bool', 'Offer two-factor authentication.'),
    ],
  },
  {
    name: 'DummyAuthenticator',
    parents: ['Authenticator'],
    module: 'jupyterhub.auth',
    description: 'Testing only: any username, one shared password (or none).',
    traits: [t('password', 'str', 'Shared password every user types; empty lets anyone in.')],
  },
  {
    name: 'Proxy',
    parents: [],
    module: 'jupyterhub.proxy',
    description: 'Settings shared by every proxy implementation.',
    traits: [
      t('should_start', 'bool', 'Whether the hub starts the proxy itself (z2jh runs it as its own pod).'),
      t('extra_routes', 'dict[str, str]', 'Extra proxy routes: path prefix to target URL.'),
    ],
  },
  {
    name: 'ConfigurableHTTPProxy',
    parents: ['Proxy'],
    module: 'jupyterhub.proxy',
    description: 'The configurable-http-proxy the chart deploys in the proxy pod.',
    traits: [
      t('api_url', 'str', 'URL of the proxy\'s REST API as seen from the hub.'),
      t('auth_token', 'str', 'Token the hub uses on the proxy API.'),
      t('debug', 'bool', 'Log the proxy at debug level.'),
    ],
  },
  {
    name: 'CryptKeeper',
    parents: [],
    module: 'jupyterhub.crypto',
    description: 'Encryption of auth state in the hub database.',
    traits: [t('keys', 'list[bytes]', 'Encryption keys for auth state (z2jh sets one for you).')],
  },
];

const CLASS_BY_NAME = new Map(CONFIG_CLASSES.map((c) => [c.name, c]));

export function configClass(name: string): ConfigClassInfo | undefined {
  return CLASS_BY_NAME.get(name);
}

/** A class's own traits then its parents', each name once (the nearest definition wins). */
export function traitsOf(className: string): { trait: TraitInfo; owner: string }[] {
  const out: { trait: TraitInfo; owner: string }[] = [];
  const seen = new Set<string>();
  const visit = (name: string) => {
    const cls = CLASS_BY_NAME.get(name);
    if (!cls) return;
    for (const trait of cls.traits) {
      if (seen.has(trait.name)) continue;
      seen.add(trait.name);
      out.push({ trait, owner: cls.name });
    }
    for (const p of cls.parents) visit(p);
  };
  visit(className);
  return out;
}

/** Names z2jh's jupyterhub_config.py has in scope when it runs an extraConfig snippet. */
export const SCOPE_NAMES: readonly ScopeNameInfo[] = [
  { name: 'c', kind: 'variable', detail: 'traitlets Config', description: 'The hub\'s configuration: c.<Class>.<trait> = value.' },
  { name: 'get_config', kind: 'function', detail: 'get_config(key, default=None)', description: 'Reads a chart value by dotted key, e.g. get_config("custom.my_setting").' },
  { name: 'get_secret_value', kind: 'function', detail: 'get_secret_value(key, default=...)', description: 'Reads a value the chart keeps in the hub\'s Kubernetes Secret.' },
  { name: 'get_name', kind: 'function', detail: 'get_name(name)', description: 'Kubernetes name the chart gave a component, e.g. get_name("proxy-public").' },
  { name: 'get_name_env', kind: 'function', detail: 'get_name_env(name, suffix="")', description: 'Name of the environment variable Kubernetes sets for a component\'s service, e.g. get_name_env("proxy-api", "_SERVICE_HOST").' },
  { name: 'set_config_if_not_none', kind: 'function', detail: 'set_config_if_not_none(cparent, name, key)', description: 'Sets cparent.name from the chart value at key, only when that value is set.' },
  { name: 'z2jh', kind: 'module', detail: 'module z2jh', description: 'The chart\'s helper module (get_config, get_secret_value, …).' },
  { name: 'os', kind: 'module', detail: 'module os', description: 'Python\'s os module, e.g. os.environ["MY_VAR"].' },
];

/** Members offered after `z2jh.` and `os.`. */
export const MODULE_MEMBERS: Readonly<Record<string, readonly ScopeNameInfo[]>> = {
  z2jh: SCOPE_NAMES.filter((s) => s.kind === 'function'),
  os: [
    { name: 'environ', kind: 'variable', detail: 'dict[str, str]', description: 'The hub\'s environment variables (hub.extraEnv lands here).' },
    { name: 'getenv', kind: 'function', detail: 'getenv(key, default=None)', description: 'One environment variable, or the default when unset.' },
    { name: 'path', kind: 'module', detail: 'module os.path', description: 'Path helpers: join, exists, basename, …' },
  ],
};

/** Functions whose first string argument is a chart-values key path. */
export const KEY_PATH_FUNCTIONS: readonly string[] = ['get_config'];
