// Test data for every-kind.test.ts (and nothing in the app): pure, like the rest of the core.
import type { JsonObject } from '../../model/json.ts';
import { toBase64 } from './shapes.ts';

/**
 * One config with every kind of secret the issue found riding in links, and more: each secret is
 * a distinct string, labelled with the place the Share dialog must name. Near misses (names and
 * shapes that look like secrets but are not) must survive the link unchanged.
 */
export interface Labelled {
  /** what kind of secret, for the failure message */
  kind: string;
  /** the `where` the finding must carry */
  where: string;
  /** the text that must not be in a link made without secrets */
  secret: string;
}

export function everyKind(): { values: JsonObject; secrets: Labelled[]; nearMisses: string[] } {
  const secrets: Labelled[] = [];
  /** `secret`, noted as found at `where` (returns `text`, which holds it) */
  const s = (kind: string, where: string, secret: string, text = secret): string => {
    secrets.push({ kind, where, secret });
    return text;
  };

  const pem = (label: string, body: string) => `-----BEGIN ${label}-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC${body}\nAoGBAOd9e8Yq1Xw2kP0fz7sTn\n-----END ${label}-----\n`;
  const gcpKeyBody = 'GcpMapKeyBody7Qm2Zx';
  const gcpJsonBody = 'GcpJsonKeyBody3Lr8Wv';
  const gcpJsonKeyId = '4f1a9c2e7b6d3a8f0e5c1b2d9a7f6e3c4b8a1d2e';
  const gcpJson = JSON.stringify({
    type: 'service_account',
    project_id: 'hub-project-2025',
    private_key_id: gcpJsonKeyId,
    private_key: pem('PRIVATE KEY', gcpJsonBody),
    client_email: 'hub-sa@hub-project-2025.iam.gserviceaccount.com',
    client_id: '109876543210987654321',
  });
  const binaryKey = toBase64(JSON.stringify({ type: 'service_account', private_key: pem('PRIVATE KEY', 'BinaryKeyBody5Tt9Kp') }));
  const basicAuth = toBase64('admin:IngressBasic-44');

  const python = [
    'import os',
    s('OAuth client secret in Python', 'hub.extraConfig.auth (line 2)', 'PyClientSecret-4410', 'c.GenericOAuthenticator.client_secret = "PyClientSecret-4410"'),
    'c.GenericOAuthenticator.token_url = "https://idp.example.org/oauth/token"',
    s('URL password in Python', 'hub.extraConfig.auth (line 4)', 'PyDbUrlPw-3301', 'c.JupyterHub.db_url = "postgresql://hub:PyDbUrlPw-3301@pg.internal/hub"'),
    s('token map key in Python', 'hub.extraConfig.auth (line 5)', 'PyApiTokKey-9911aa', 'c.JupyterHub.api_tokens = {"PyApiTokKey-9911aa": "alice"}'),
    s('Slack token in Python', 'hub.extraConfig.auth (line 6)', 'xoxb-2291-8812-PySlackBotTok', 'os.environ["NOTIFY"] = "xoxb-2291-8812-PySlackBotTok"'),
    s('bearer token in Python', 'hub.extraConfig.auth (line 7)', 'PyBearer-5566ccdd', 'HEADERS = {"Authorization": "Bearer PyBearer-5566ccdd"}'),
    s('LDAP password in Python', 'hub.extraConfig.auth (line 8)', 'PyLdapPw-1212', "c.LDAPAuthenticator.lookup_dn_search_password = 'PyLdapPw-1212'"),
    'c.GitHubOAuthenticator.client_id = os.environ["GITHUB_CLIENT_ID"]',
    s('GitHub token in a Python comment', 'hub.extraConfig.auth (line 10)', 'ghp_PyCommentTok0123456789abcdefABCDEF', '# old: ghp_PyCommentTok0123456789abcdefABCDEF'),
  ].join('\n');

  const pythonFile = [
    'c = get_config()  # noqa',
    s('OAuth client secret in a .py extraFile', 'hub.extraFiles.extra-config.stringData (line 2)', 'PyFileClientSecret-7788', 'c.GitHubOAuthenticator.client_secret = "PyFileClientSecret-7788"'),
    s('password in a .py extraFile', 'hub.extraFiles.extra-config.stringData (line 3)', 'PyFileDummyPw-2020', "c.DummyAuthenticator.password = 'PyFileDummyPw-2020'"),
    'c.JupyterHub.admin_access = True',
  ].join('\n');

  const values: JsonObject = {
    imagePullSecret: {
      create: true,
      registry: 'registry.example.org',
      username: 'pull-bot',
      email: 'ops@example.org',
      password: s('image pull secret password', 'imagePullSecret.password', 'PullSecretPw-5050'),
    },
    proxy: {
      secretToken: s('proxy secret token', 'proxy.secretToken', 'c0ffee11c0ffee22c0ffee33c0ffee44c0ffee55c0ffee66c0ffee77c0ffee88'),
      https: {
        enabled: true,
        type: 'manual',
        manual: {
          key: s('TLS private key', 'proxy.https.manual.key', 'TlsManualKeyBody8Ff2', pem('RSA PRIVATE KEY', 'TlsManualKeyBody8Ff2')),
          cert: '-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEPublicCertBody\n-----END CERTIFICATE-----\n',
        },
        secret: { name: 'https-tls-secret', key: 'tls.key', crt: 'tls.crt' },
      },
      service: {
        annotations: {
          'example.org/api-token': s('token in a service annotation', 'proxy.service.annotations["example.org/api-token"]', 'ProxySvcAnnoTok-3310'),
        },
      },
      traefik: {
        extraDynamicConfig: {
          http: { middlewares: { auth: { basicAuth: { users: [s('htpasswd hash in Traefik basicAuth', 'proxy.traefik.extraDynamicConfig.http.middlewares.auth.basicAuth.users[0]', '$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/', 'admin:$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/')] } } } },
        },
      },
      chp: {
        extraEnv: {
          CONFIGPROXY_SSL_PASSPHRASE: s('passphrase env of the proxy', 'proxy.chp.extraEnv.CONFIGPROXY_SSL_PASSPHRASE', 'ChpPassphrase-6620'),
          NODE_ENV: 'production',
        },
        extraCommandLineFlags: ['--redirect-port=443', s('token flag of the proxy', 'proxy.chp.extraCommandLineFlags[1]', 'ChpFlagTok-2290', '--api-token=ChpFlagTok-2290')],
      },
    },
    ingress: {
      enabled: true,
      hosts: ['hub.example.org'],
      annotations: {
        'nginx.ingress.kubernetes.io/auth-url': s(
          'basic-auth URL password in an annotation',
          'ingress.annotations["nginx.ingress.kubernetes.io/auth-url"]',
          'AuthUrlPw-5521',
          'https://authuser:AuthUrlPw-5521@auth.example.org/validate',
        ),
        'nginx.ingress.kubernetes.io/configuration-snippet': s(
          'bearer token in an nginx snippet',
          'ingress.annotations["nginx.ingress.kubernetes.io/configuration-snippet"] (line 2)',
          'IngressBearer-88aa77bb66',
          'more_set_headers "X-Frame-Options: DENY";\nproxy_set_header Authorization "Bearer IngressBearer-88aa77bb66";\n',
        ),
        'nginx.ingress.kubernetes.io/auth-snippet': s(
          'basic auth in an nginx snippet',
          'ingress.annotations["nginx.ingress.kubernetes.io/auth-snippet"]',
          basicAuth,
          `more_set_input_headers "Authorization: Basic ${basicAuth}";`,
        ),
        'nginx.ingress.kubernetes.io/server-snippet': s(
          'API key header in an nginx snippet',
          'ingress.annotations["nginx.ingress.kubernetes.io/server-snippet"]',
          'NginxApiKey-3131',
          'proxy_set_header X-Api-Key "NginxApiKey-3131";',
        ),
        'nginx.ingress.kubernetes.io/auth-secret': 'basic-auth',
        'nginx.ingress.kubernetes.io/auth-type': 'basic',
        'nginx.ingress.kubernetes.io/auth-realm': 'Authentication Required',
        'cert-manager.io/cluster-issuer': 'letsencrypt-prod',
      },
      tls: [{ hosts: ['hub.example.org'], secretName: 'hub-tls-cert' }],
    },
    hub: {
      cookieSecret: s('hub cookie secret', 'hub.cookieSecret', 'a1b2c3d4e5f60718a1b2c3d4e5f60718a1b2c3d4e5f60718a1b2c3d4e5f60718'),
      existingSecret: 'hub-secrets-external',
      db: {
        type: 'postgres',
        url: s('password in the hub database URL', 'hub.db.url', 'PgUrlPass-4410', 'postgresql+psycopg2://jhub:PgUrlPass-4410@db.internal:5432/jupyterhub'),
        password: s('hub database password', 'hub.db.password', 'HubDbPassword-1204'),
      },
      image: { name: 'quay.io/jupyterhub/k8s-hub', tag: '4.4.0' },
      config: {
        JupyterHub: {
          authenticator_class: 'generic-oauth',
          db_url: s('password in JupyterHub.db_url', 'hub.config.JupyterHub.db_url', 'MyDbUrl%21pw91', 'mysql+pymysql://hub:MyDbUrl%21pw91@mysql.internal/hub'),
          cookie_secret: s('JupyterHub cookie secret', 'hub.config.JupyterHub.cookie_secret', 'feedface0011feedface0011feedface0011feedface0011feedface00112233'),
          api_tokens: {
            [s('token used as a key of api_tokens', 'hub.config.JupyterHub.api_tokens (the token of "alice")', 'ApiTokensKey-a1b2c3d4e5f60718')]: 'alice',
          },
          service_tokens: {
            [s('token used as a key of service_tokens', 'hub.config.JupyterHub.service_tokens (the token of "announcer")', 'SvcTokensKey-ffeeddccbbaa9988')]: 'announcer',
          },
        },
        GenericOAuthenticator: {
          client_id: 'wizard-client-public',
          client_secret: s('generic OAuth client secret', 'hub.config.GenericOAuthenticator.client_secret', 'GenericOAuthSecret-6060'),
          token_url: 'https://idp.example.org/oauth/token',
          authorize_url: 'https://idp.example.org/oauth/authorize',
          userdata_url: 'https://idp.example.org/oauth/userinfo',
          oauth_callback_url: 'https://hub.example.org/hub/oauth_callback',
          scope: ['openid', 'email'],
          userdata_token_method: 'GET',
        },
        AzureAdOAuthenticator: {
          client_id: '8f2d4c1a-3b5e-4d6f-9a7b-1c2d3e4f5a6b',
          tenant_id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
          client_secret: s('Azure AD client secret', 'hub.config.AzureAdOAuthenticator.client_secret', 'AzureSecret~Q8r.7tY-2uI'),
        },
        ConfigurableHTTPProxy: { auth_token: s('proxy auth token', 'hub.config.ConfigurableHTTPProxy.auth_token', 'ChpAuthToken-7171') },
        CryptKeeper: { keys: [s('CryptKeeper key', 'hub.config.CryptKeeper.keys', '0f1e2d3c4b5a69780f1e2d3c4b5a69780f1e2d3c4b5a69780f1e2d3c4b5a6978')] },
        LDAPAuthenticator: {
          server_address: 'ldap.example.org',
          lookup_dn_search_user: 'cn=reader,dc=example,dc=org',
          lookup_dn_search_password: s('LDAP bind password', 'hub.config.LDAPAuthenticator.lookup_dn_search_password', 'LdapBindPw-8383'),
        },
        KubeSpawner: {
          environment: {
            OPENAI_API_KEY: s('API key in KubeSpawner.environment', 'hub.config.KubeSpawner.environment.OPENAI_API_KEY', 'sk-KubeSpawnerEnvKey0123456789abcdef'),
            JUPYTER_ENABLE_LAB: 'yes',
          },
        },
      },
      services: {
        announce: {
          url: 'http://announce:8888',
          apiToken: s('service apiToken', 'hub.services.announce.apiToken', 'SvcApiToken-3030'),
          command: ['python3', '-m', 'announce', s('token flag in a service command', 'hub.services.announce.command[3]', 'SvcCmdTok-9034', '--token=SvcCmdTok-9034')],
        },
        grader: { api_token: s('service api_token', 'hub.services.grader.api_token', 'SvcApiTokenSnake-4040'), admin: true },
      },
      extraEnv: {
        DATABASE_URL: s('password in DATABASE_URL', 'hub.extraEnv.DATABASE_URL', 'EnvDbUrlPw-2290', 'postgres://app:EnvDbUrlPw-2290@pg.internal/app'),
        JUPYTERHUB_CRYPT_KEY: s('crypt key env', 'hub.extraEnv.JUPYTERHUB_CRYPT_KEY', '9a8b7c6d5e4f30219a8b7c6d5e4f30219a8b7c6d5e4f30219a8b7c6d5e4f3021'),
        NOTIFY_URL: s('Discord webhook URL', 'hub.extraEnv.NOTIFY_URL', 'DiscordHookTok-abcDEF123_xyz', 'https://discord.com/api/webhooks/112233445566778899/DiscordHookTok-abcDEF123_xyz'),
        DB_PASSWORD: { valueFrom: { secretKeyRef: { name: 'db-credentials', key: 'password' } } },
        TZ: 'Europe/Berlin',
      },
      extraContainers: [
        {
          name: 'sidecar',
          image: 'ghcr.io/example/sidecar:1.2.3',
          args: [
            s('password flag in container args', 'hub.extraContainers[0].args[0]', 'ArgsDbPw-5120', '--db-password=ArgsDbPw-5120'),
            '--api-token',
            s('token after a flag in container args', 'hub.extraContainers[0].args[2]', 'ArgsSplitTok-8891'),
            '--port=8080',
            '--password-file=/etc/sidecar/password',
          ],
          env: [
            { name: 'DB_PASSWORD', value: s('password env of a hub sidecar', 'hub.extraContainers[0].env[0].value', 'SidecarDbPw-3391') },
            { name: 'SERVICE_CREDS', value: s('token-shaped env of a hub sidecar', 'hub.extraContainers[0].env[1].value', 'q8Zr2LkP0vXw7NcY4tBm9sJdQ3') },
            { name: 'LOG_LEVEL', value: 'debug' },
            { name: 'S3_SECRET', valueFrom: { secretKeyRef: { name: 's3-credentials', key: 'secret' } } },
          ],
        },
        {
          name: 'db-init',
          image: 'mysql:8.0',
          command: [
            'sh',
            '-c',
            s('mysql -p password in a command', 'hub.extraContainers[1].command[2]', 'MysqlShortPw-44', 'mysql -uroot -pMysqlShortPw-44 -h db.internal < /init.sql'),
          ],
          lifecycle: {
            preStop: {
              exec: {
                command: ['sh', '-c', s('PGPASSWORD in a lifecycle hook', 'hub.extraContainers[1].lifecycle.preStop.exec.command[2]', 'PreStopPgPw-6632', "PGPASSWORD=PreStopPgPw-6632 psql -h db.internal -c 'select 1'")],
              },
            },
          },
        },
      ],
      initContainers: [
        {
          name: 'fetch-config',
          image: 'alpine/git:2.45.2',
          args: ['clone', s('token in a git URL', 'hub.initContainers[0].args[1]', 'GitCloneTok-5531', 'https://x-access-token:GitCloneTok-5531@github.com/example/hub-config.git'), '/config'],
          env: [{ name: 'API_KEY', value: s('API key env of a hub init container', 'hub.initContainers[0].env[0].value', 'InitApiKey-7712') }],
        },
      ],
      extraFiles: {
        'extra-config': { mountPath: '/usr/local/etc/jupyterhub/jupyterhub_config.d/extra.py', stringData: pythonFile },
        pgpass: {
          mountPath: '/home/jovyan/.pgpass',
          mode: 0o600,
          stringData: s('a .pgpass file', 'hub.extraFiles.pgpass.stringData', 'PgpassFilePw-6541', 'db.internal:5432:*:jhub:PgpassFilePw-6541\n'),
        },
        'app-config': {
          mountPath: '/etc/app/config.json',
          data: { auth: { client_id: 'public-client-123', client_secret: s('client secret in extraFiles data', 'hub.extraFiles.app-config.data.auth.client_secret', 'DataClientSecret-5656') } },
        },
        'gcp-key': { mountPath: '/etc/gcp/key.json', binaryData: s('a service account key as binaryData', 'hub.extraFiles.gcp-key.binaryData', binaryKey) },
      },
      extraConfig: { auth: python, '10-plain': 'c.JupyterHub.admin_access = True' },
    },
    singleuser: {
      image: { name: 'quay.io/jupyter/scipy-notebook', tag: '2024-12-09' },
      extraEnv: {
        GITHUB_TOKEN: s('GitHub token env', 'singleuser.extraEnv.GITHUB_TOKEN', 'ghp_SingleuserEnvTok0123456789abcdefAB'),
        SERVICE_JWT: s('JWT env', 'singleuser.extraEnv.SERVICE_JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJodWIifQ.JwtSigPart9x8y7z'),
        GIT_AUTHOR_NAME: 'Ada Lovelace',
        JUPYTERHUB_SINGLEUSER_APP: 'jupyter_server.serverapp.ServerApp',
      },
      lifecycleHooks: {
        postStart: {
          exec: {
            command: [
              'sh',
              '-c',
              s(
                'bearer token in a lifecycle hook',
                'singleuser.lifecycleHooks.postStart.exec.command[2]',
                'LifeBearerTok-7782abc',
                "curl -H 'Authorization: Bearer LifeBearerTok-7782abc' https://api.example.org/hook",
              ),
            ],
          },
        },
        preStop: {
          exec: {
            command: ['sh', '-c', s('curl -u basic auth in a lifecycle hook', 'singleuser.lifecycleHooks.preStop.exec.command[2]', 'CurlBasicPw-3321', 'curl -u admin:CurlBasicPw-3321 https://nexus.example.org/ping')],
          },
        },
      },
      extraContainers: [
        {
          name: 'aws-sync',
          image: 'amazon/aws-cli:2.17.0',
          env: [
            { name: 'AWS_ACCESS_KEY_ID', value: s('AWS access key id', 'singleuser.extraContainers[0].env[0].value', 'AKIAIOSFODNN7EXAMPLE') },
            { name: 'AWS_SECRET_ACCESS_KEY', value: s('AWS secret access key', 'singleuser.extraContainers[0].env[1].value', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY') },
            { name: 'AWS_DEFAULT_REGION', value: 'eu-west-1' },
          ],
        },
      ],
      initContainers: [
        {
          name: 'notify',
          image: 'curlimages/curl:8.8.0',
          env: [
            { name: 'NOTIFY', value: s('Slack token env with a plain name', 'singleuser.initContainers[0].env[0].value', 'xoxp-1234567890-InitSlackUserTok') },
            { name: 'HF_HOME', value: '/home/jovyan/.cache/huggingface' },
          ],
        },
      ],
      extraFiles: {
        netrc: {
          mountPath: '/home/jovyan/.netrc',
          stringData: s('a .netrc file', 'singleuser.extraFiles.netrc.stringData', 'NetrcPw-9090', 'machine github.com login bot password NetrcPw-9090\n'),
        },
        settings: {
          mountPath: '/etc/app/settings.ini',
          stringData: s('password in an .ini extraFile', 'singleuser.extraFiles.settings.stringData (line 3)', 'IniFilePw-3434', '[db]\nuser = app\npassword = IniFilePw-3434\nhost = db.internal\n'),
        },
        'deploy-key': {
          mountPath: '/home/jovyan/.ssh/id_ed25519',
          mode: 0o600,
          stringData: s('an SSH private key file', 'singleuser.extraFiles.deploy-key.stringData', 'SshKeyBody4Hh7Nn', pem('OPENSSH PRIVATE KEY', 'SshKeyBody4Hh7Nn')),
        },
      },
      profileList: [
        {
          display_name: 'GPU',
          kubespawner_override: {
            environment: { HF_TOKEN: s('token in a profile environment', 'singleuser.profileList[0].kubespawner_override.environment.HF_TOKEN', 'hf_ProfileEnvTok0123456789abcdefABCD') },
          },
        },
      ],
    },
    custom: {
      storage: {
        s3: {
          bucket: 'hub-home-backups',
          accessKey: s('S3 access key under custom', 'custom.storage.s3.accessKey', 'CustomS3Access-1188'),
          secretKey: s('S3 secret key under custom', 'custom.storage.s3.secretKey', 'CustomS3Secret-7878'),
        },
      },
      databases: [{ name: 'analytics', host: 'analytics.internal', password: s('password in a list under custom', 'custom.databases[0].password', 'CustomListPw-1010') }],
      integrations: { zenodo: { api_token: s('API token under custom', 'custom.integrations.zenodo.api_token', 'CustomZenodoTok-2323') } },
      mailer: { host: 'smtp.example.org', user: 'hub@example.org', smtp_pass: s('SMTP password under custom', 'custom.mailer.smtp_pass', 'CustomSmtpPass-4545') },
      nested: { deeper: [{ creds: { pwd: s('pwd deep under custom', 'custom.nested.deeper[0].creds.pwd', 'CustomPwd-9191') } }] },
      mirrors: [s('URL password in a list under custom', 'custom.mirrors[0]', 'MirrorPw-8812', 'https://mirroruser:MirrorPw-8812@pypi.internal/simple')],
      alerts: {
        slack: s('Slack webhook URL', 'custom.alerts.slack', 'SlackHookSecret9876xyzAB', 'https://hooks.slack.com/services/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'),
        channel: '#hub-alerts',
      },
      webhook_url: s('webhook URL by its name', 'custom.webhook_url', 'CustomWebhookTok-5151', 'https://hooks.example.org/notify/CustomWebhookTok-5151'),
      feed: s('token in a URL query', 'custom.feed', 'QueryTok-7171', 'https://feeds.example.org/x.json?access_token=QueryTok-7171&format=json'),
      gcp: {
        type: 'service_account',
        project_id: 'hub-project-2025',
        private_key_id: s('GCP private key id', 'custom.gcp.private_key_id', '0d9c8b7a6f5e4d3c2b1a0d9c8b7a6f5e4d3c2b1a'),
        private_key: s('GCP private key', 'custom.gcp.private_key', gcpKeyBody, pem('PRIVATE KEY', gcpKeyBody)),
        client_email: 'hub-sa@hub-project-2025.iam.gserviceaccount.com',
        client_id: '109876543210987654321',
      },
      gcpJson: s('GCP key JSON as a string', 'custom.gcpJson', gcpJsonBody, gcpJson),
      random: { sessionSeal: s('random token under custom', 'custom.random.sessionSeal', 'Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0') },
      manifests: [
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 'grader-config' },
          stringData: { 'grader.json': s('data of a Secret manifest', 'custom.manifests[0].stringData["grader.json"]', 'ManifestSeed-8484', '{"seed": "ManifestSeed-8484"}') },
        },
      ],
      docs_url: 'https://docs.example.org/passwords-and-tokens',
      commit: '3f2a9b1c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a',
    },
  };
  // The GCP JSON string also holds its key id, named by private_key_id (the finding is the string).
  secrets.push({ kind: 'GCP private key id in a JSON string', where: 'custom.gcpJson', secret: gcpJsonKeyId });

  const nearMisses = [
    'https://idp.example.org/oauth/token', 'wizard-client-public', 'hub-secrets-external', 'hub-tls-cert', 'https-tls-secret', 'tls.key',
    'db-credentials', 's3-credentials', '4.4.0', '2024-12-09', 'hub.example.org', 'db.internal:5432/jupyterhub', 'jhub', 'basic-auth',
    'Authentication Required', 'letsencrypt-prod', 'MIIDdzCCAl+gAwIBAgIEPublicCertBody', '8f2d4c1a-3b5e-4d6f-9a7b-1c2d3e4f5a6b',
    '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'hub-sa@hub-project-2025.iam.gserviceaccount.com', '109876543210987654321', 'hub-project-2025',
    'public-client-123', '--port=8080', '--password-file=/etc/sidecar/password', 'os.environ[\\"GITHUB_CLIENT_ID\\"]',
    'https://docs.example.org/passwords-and-tokens', '3f2a9b1c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a', 'Europe/Berlin', 'Ada Lovelace', 'eu-west-1',
    'hub-home-backups', 'analytics.internal', '#hub-alerts', 'cn=reader,dc=example,dc=org', 'http://announce:8888', 'ghcr.io/example/sidecar:1.2.3',
    '/home/jovyan/.pgpass', 'x-access-token', 'github.com/example/hub-config.git', 'hooks.slack.com', 'discord.com/api/webhooks', 'mysql -uroot',
    "psql -h db.internal -c 'select 1'", 'https://api.example.org/hook', 'nexus.example.org/ping', 'X-Frame-Options: DENY',
    'jupyter_server.serverapp.ServerApp', 'alice', 'announcer',
  ];
  return { values, secrets, nearMisses };
}
