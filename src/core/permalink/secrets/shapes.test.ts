import { describe, expect, it } from 'vitest';
import { base64Text, knownTokenSpans, looksRandom, toBase64 } from './shapes.ts';

const spanned = (text: string) => knownTokenSpans(text).map((s) => text.slice(s.start, s.end));

describe('knownTokenSpans', () => {
  it('finds provider tokens and private keys inside a text', () => {
    const gh = 'ghp_' + 'A1b2C3d4E5'.repeat(4);
    expect(spanned(`export GH=${gh}; run`)).toEqual([gh]);
    expect(spanned('key: AKIAIOSFODNN7EXAMPLE')).toEqual(['AKIAIOSFODNN7EXAMPLE']);
    const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----';
    expect(spanned(`x\n${pem}\ny`)).toEqual([pem]);
    const jsonPem = '-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----';
    expect(spanned(`{"private_key": "${jsonPem}\\n"}`)).toEqual([jsonPem]);
  });

  it('takes only the secret part of a webhook URL', () => {
    expect(spanned('https://hooks.slack.com/services/T0/B0/abcdefghijkl')).toEqual(['T0/B0/abcdefghijkl']);
    expect(spanned('https://discord.com/api/webhooks/123/abc_DEF-ghi123')).toEqual(['abc_DEF-ghi123']);
  });

  it('leaves certificates and ordinary words alone', () => {
    expect(spanned('-----BEGIN CERTIFICATE-----\nMIID\n-----END CERTIFICATE-----')).toEqual([]);
    expect(spanned('the token is in a secret; sk-short')).toEqual([]);
  });
});

describe('looksRandom', () => {
  it('tells generated tokens from names, versions and hosts', () => {
    for (const text of ['q8Zr2LkP0vXw7NcY4tBm9sJdQ3', '9a8b7c6d5e4f30219a8b7c6d5e4f3021', 'Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0']) expect(looksRandom(text), text).toBe(true);
    for (const text of [
      'mock-annotation1-value',
      'course-staff-1535590',
      'ghsa-w3vc-fx9p-wp4v-check-patch-run',
      'jupyter_server.serverapp.ServerApp',
      '2024.01.15-abc123def456',
      '/home/jovyan/work/some-long-path-2024',
      'quay.io/jupyter/scipy-notebook',
      'short1A',
    ]) {
      expect(looksRandom(text), text).toBe(false);
    }
  });
});

describe('base64', () => {
  it('reads base64 text and writes it back', () => {
    expect(base64Text(toBase64('admin:pässword'))).toBe('admin:pässword');
    expect(base64Text('not base64!')).toBeNull();
    expect(base64Text(toBase64('\u0000\u0001binary'))).toBeNull();
    expect(toBase64('ab')).toBe('YWI=');
  });
});
