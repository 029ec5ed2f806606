import { describe, expect, it } from 'vitest';
import { textSecrets, type TextMode } from './text.ts';

const cut = (text: string, mode: TextMode = 'commands') => textSecrets(text, mode).map((s) => text.slice(s.start, s.end));

describe('textSecrets', () => {
  it('finds the password of a URL, not its user or host', () => {
    expect(cut('postgresql+psycopg2://hub:p%40ss@db:5432/hub')).toEqual(['p%40ss']);
    expect(cut('git clone https://x-access-token:tok-123@github.com/o/r')).toEqual(['tok-123']);
    expect(cut('https://a1b2c3d4e5f6a7b8c9d0e1f2@o1.ingest.sentry.io/42')).toEqual(['a1b2c3d4e5f6a7b8c9d0e1f2']);
    expect(cut('ssh://git@github.com/o/r https://user@example.org postgres://${USER}:${PASSWORD}@db/x')).toEqual([]);
  });

  it('finds secret query parameters', () => {
    expect(cut('https://x.blob.core.windows.net/c?sv=2022&sig=abc%2Fdef&se=1')).toEqual(['abc%2Fdef']);
    expect(cut('https://feeds/x.json?access_token=QT-1&format=json')).toEqual(['QT-1']);
    expect(cut('https://example.org/?page=2&token_type=bearer')).toEqual([]);
  });

  it('finds Authorization credentials, not the prose about them', () => {
    expect(cut('curl -H "Authorization: Bearer abc.def-123"', 'shapes')).toEqual(['abc.def-123']);
    expect(cut('proxy_set_header Authorization "Basic YWRtaW46cGFzcw==";', 'shapes')).toEqual(['YWRtaW46cGFzcw==']);
    expect(cut('{"Authorization": "token 0123456789abcdef"}', 'shapes')).toEqual(['0123456789abcdef']);
    expect(cut('AUTHORIZATION=apikey k3y-0123456789', 'shapes')).toEqual(['k3y-0123456789']);
    expect(cut('Bearer authentication is used; Basic authentication too; "Bearer " + token; f"Bearer {t}"', 'shapes')).toEqual([]);
  });

  it('finds the values of secret flags, in both spellings', () => {
    expect(cut('run --db-password=pw1 --api-token tok2 --port 8080 --NotebookApp.token=tok3')).toEqual(['pw1', 'tok2', 'tok3']);
    expect(cut("run --password-file=/etc/pw --token-url=https://x --NotebookApp.token='' --password $PW --api-token --verbose")).toEqual([]);
  });

  it('finds passwords given to mysql, sshpass and curl', () => {
    expect(cut('mysql -uroot -pS3cret -h db < x.sql')).toEqual(['S3cret']);
    expect(cut('mysql -u root -p mydb')).toEqual([]);
    expect(cut('sshpass -p hunter2 ssh host')).toEqual(['hunter2']);
    expect(cut('curl -u admin:pw9 https://x && curl --user "bot:pw8" https://y')).toEqual(['pw9', 'pw8']);
  });

  it('finds assignments to secret names in shell, ini, JSON and YAML text', () => {
    expect(cut("PGPASSWORD=pw1 psql -c 'select 1'")).toEqual(['pw1']);
    expect(cut('export API_TOKEN="tok 2"')).toEqual(['tok 2']);
    expect(cut('[db]\nuser = app\npassword = pw3\n')).toEqual(['pw3']);
    expect(cut('{"client_secret": "cs4", "client_id": "id"}')).toEqual(['cs4']);
    expect(cut('token: tk5\ntoken_url: https://x\n')).toEqual(['tk5']);
    expect(cut('machine github.com login bot password np6')).toEqual(['np6']);
  });

  it('finds secret headers set by nginx snippets', () => {
    expect(cut('proxy_set_header X-Api-Key "k-123";\nproxy_set_header Host $host;\nadd_header X-Auth-Token tok-4;')).toEqual(['k-123', 'tok-4']);
  });

  it('finds password hashes (htpasswd, crypt)', () => {
    expect(cut('users: ["admin:$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/"]', 'shapes')).toEqual(['$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/']);
    expect(cut('bob:$2y$05$abcdefghijklmnopqrstuuvwxyzABCDEFGHIJKLMNOPQRSTUV012', 'shapes')).toEqual(['$2y$05$abcdefghijklmnopqrstuuvwxyzABCDEFGHIJKLMNOPQRSTUV012']);
    expect(cut('price: $5 or $1.50', 'shapes')).toEqual([]);
  });

  it('leaves references, paths, comparisons and nothing alone', () => {
    expect(
      cut(
        [
          'password=$DB_PASSWORD',
          'token: ${TOKEN}',
          'secret: {{ .Values.x }}',
          'password = /run/secrets/pw',
          'if [ "$token" == "x" ]; then :; fi',
          'password:',
          'token = null',
          'secret: <your secret here>',
          'password := x',
          'helper = !git-credential-github-app --app-key-file /etc/github/key.pem --app-id 94384',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('keeps commands-only rules out of shapes', () => {
    expect(cut('PGPASSWORD=pw1 --token=t2', 'shapes')).toEqual([]);
  });
});
