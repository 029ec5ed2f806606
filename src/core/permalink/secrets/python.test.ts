import { describe, expect, it } from 'vitest';
import { pythonSecrets } from './python.ts';

const cut = (code: string) => pythonSecrets(code).map((s) => [s.line, code.slice(s.start, s.end)]);

describe('pythonSecrets', () => {
  it('finds literals given to secret names', () => {
    const code = [
      'c.GitHubOAuthenticator.client_secret = "cs1"',
      "os.environ['X_TOKEN'] = 'tok2'",
      'os.environ.setdefault("DB_PASSWORD", "pw3")',
      'c.X.extra = {"client_secret": "cs4", "name": "ok"}',
      'connect(password="pw5")',
    ].join('\n');
    expect(cut(code)).toEqual([
      [1, 'cs1'],
      [2, 'tok2'],
      [3, 'pw3'],
      [4, 'cs4'],
      [5, 'pw5'],
    ]);
  });

  it('finds the keys of token maps', () => {
    const code = ['c.JupyterHub.api_tokens = {"k1-0123": "alice", "k2-4567": "bob"}', 'c.JupyterHub.service_tokens["k3-89ab"] = "svc"', 'other = {"k4": "x"}'].join('\n');
    expect(cut(code)).toEqual([
      [1, 'k1-0123'],
      [1, 'k2-4567'],
      [2, 'k3-89ab'],
    ]);
  });

  it('finds shapes in literals, comments and docstrings, and keeps the rest of the literal', () => {
    const code = ['c.JupyterHub.db_url = "mysql://hub:pw6@db/hub"', '# ghp_' + 'A1b2C3d4E5'.repeat(4), '"""', 'Authorization: Bearer tok-7.8.9x', '"""'].join('\n');
    expect(cut(code)).toEqual([
      [1, 'pw6'],
      [2, 'ghp_' + 'A1b2C3d4E5'.repeat(4)],
      [4, 'tok-7.8.9x'],
    ]);
  });

  it('finds long random literals, unless their name says they are identifiers', () => {
    expect(cut('SEAL = "Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0"\nc.GitHubOAuthenticator.client_id = "Iv1.8a61f9b3a7aba766"')).toEqual([[1, 'Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0']]);
  });

  it('leaves comparisons, f-strings, lookups and URLs without passwords alone', () => {
    const code = [
      'if token == "literal": pass',
      'if password != "x" or token <= "y" or secret_key >= "z": pass',
      'print(f"PASSWORD={password}")',
      'c.GitHubOAuthenticator.client_id = os.environ["GITHUB_CLIENT_ID"]',
      'c.JupyterHub.cookie_secret = get_secret_value("hub.cookieSecret")',
      'c.GenericOAuthenticator.token_url = "https://idp.example.org/token"',
      'headers = {"Authorization": f"Bearer {pgt}"}',
      'url = f"postgresql://{user}:{password}@{host}/db"',
      '# The access token carries the audience',
    ].join('\n');
    expect(cut(code)).toEqual([]);
  });
});
