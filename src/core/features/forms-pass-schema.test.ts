import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { writeConfig } from '../config/write-config-for-state.ts';
import type { Json } from '../model/json.ts';
import { initialState, type Update } from '../model/state.ts';
import { setCertManager, setValue } from '../model/updates.ts';
import { schemaViolations } from '../validate/schema.ts';
import { addSnippet, deleteSnippet, renameSnippet, setSnippetCode } from './extra-config.ts';
import { setEnvRows, type EnvRow } from './extra-env.ts';
import { setExtraImages } from './extra-images.ts';
import { HTTPROUTE_PATHS } from './httproute.ts';
import { HTTPS_PATHS, LETSENCRYPT_SERVERS, setHttpsMode, setIssuerName, setTlsSecretName, type HttpsMode } from './https.ts';
import { INGRESS_PATHS, PATH_TYPES, setIngressEnabled, setIngressHosts, setStringMap, setTlsEntries } from './ingress.ts';
import { PREPULLER_PATHS } from './prepuller.ts';
import { parseCpu, parseInteger, parseMemory } from './resources.ts';
import { SCHEDULING_PATHS, setSchedulingStrategy } from './scheduling.ts';
import { CULL_PATHS, parseSeconds } from './culling.ts';
import { addChoice, addOption, addProfile, moveProfile, OVERRIDE_FIELDS, profilePath, removeProfile, setDefaultProfile, setExtraLimits, setProfileValue } from './profiles.ts';
import { BASE_SECTION, PROVIDERS, setAllowAll, setProvider, setSetting } from './sign-in.ts';
import { parseCapacity, parseMountPath, setStorageType, STORAGE_PATHS } from './storage.ts';
import { parseDefaultUrl, parseTag, setImageName, setImageValue, USER_ENV_PATHS } from './user-environment.ts';

// Every form edit, as an arbitrary: what a user can do in the UI, with what they may type. The
// property: whatever sequence of edits, config.yaml passes chart 4.4.0's own schema.

const anyText = fc.string({ maxLength: 24 });
const hostLike = fc.oneof(fc.domain(), anyText);
const hosts = fc.array(hostLike, { maxLength: 4 });
const key = fc.oneof(fc.constantFrom('a', 'python', 'r-base', 'Bad_Key', '10'), anyText);
const bool = fc.boolean();
const parsed = (parser: (t: string) => ReturnType<typeof parseCpu>, text: fc.Arbitrary<string>) =>
  text.map(parser).filter((p) => p.ok).map((p) => (p.ok ? p.value : undefined));

const yamlish: fc.Arbitrary<Json> = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;
const yamlMap = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), yamlish, { maxKeys: 4 });
const yamlList = fc.array(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), yamlish, { maxKeys: 3 }), { maxLength: 3 });

const envRow: fc.Arbitrary<EnvRow> = fc.oneof(
  fc.record({ name: key, kind: fc.constant('value' as const), value: anyText }),
  fc.record({ name: key, kind: fc.constantFrom('secret' as const, 'configMap' as const), refName: anyText, refKey: anyText }),
);

const edit: fc.Arbitrary<Update> = fc.oneof(
  bool.map(setIngressEnabled),
  hosts.map(setIngressHosts),
  anyText.map((v) => setValue(INGRESS_PATHS.ingressClassName, v || undefined)),
  fc.constantFrom(...PATH_TYPES).map((v) => setValue(INGRESS_PATHS.pathType, v)),
  anyText.map((v) => setValue(INGRESS_PATHS.pathSuffix, v || undefined)),
  fc.array(fc.tuple(key, anyText), { maxLength: 3 }).map((rows) => setStringMap(INGRESS_PATHS.annotations, rows)),
  fc.array(fc.record({ hosts, secretName: anyText }), { maxLength: 2 }).map(setTlsEntries),
  yamlList.map((v) => setValue(INGRESS_PATHS.extraPaths, v)),
  bool.map((v) => setValue(HTTPROUTE_PATHS.enabled, v)),
  hosts.map((v) => setValue(HTTPROUTE_PATHS.hostnames, v)),
  anyText.map((v) => setValue(HTTPROUTE_PATHS.gatewayName, v)),
  anyText.map((v) => setValue(HTTPROUTE_PATHS.gatewayNamespace, v || undefined)),
  anyText.map((v) => setValue(HTTPROUTE_PATHS.sectionName, v || undefined)),
  fc.array(fc.tuple(key, anyText), { maxLength: 2 }).map((rows) => setStringMap(HTTPROUTE_PATHS.annotations, rows)),
  fc.constantFrom<HttpsMode>('none', 'cert-manager', 'ingress-secret', 'auto', 'manual', 'proxy-secret', 'offload').map(setHttpsMode),
  anyText.map(setIssuerName),
  anyText.map((email) => setCertManager({ email })),
  anyText.map(setTlsSecretName),
  hosts.map((v) => setValue(HTTPS_PATHS.autoHosts, v)),
  anyText.map((v) => setValue(HTTPS_PATHS.contactEmail, v || undefined)),
  fc.constantFrom(...Object.values(LETSENCRYPT_SERVERS)).map((v) => setValue(HTTPS_PATHS.acmeServer, v)),
  anyText.map((v) => setValue(HTTPS_PATHS.manualCert, v || undefined)),
  anyText.map((v) => setValue(HTTPS_PATHS.secretName, v || undefined)),
  bool.map((on) => setValue(HTTPS_PATHS.serviceType, on ? 'ClusterIP' : 'LoadBalancer')),
  fc.constantFrom('spread' as const, 'pack' as const).map(setSchedulingStrategy),
  parsed(parseMemory, fc.oneof(fc.constantFrom('1G', '512M', '2.5G', '1024', 'x', ''), anyText)).map((v) => setValue(SCHEDULING_PATHS.memoryLimit, v)),
  parsed(parseMemory, fc.constantFrom('1G', '256M', '')).map((v) => setValue(SCHEDULING_PATHS.memoryGuarantee, v)),
  parsed(parseCpu, fc.oneof(fc.constantFrom('0.5', '2', '500m', ''), anyText)).map((v) => setValue(SCHEDULING_PATHS.cpuLimit, v)),
  parsed(parseCpu, fc.constantFrom('0.1', '1', '')).map((v) => setValue(SCHEDULING_PATHS.cpuGuarantee, v)),
  bool.map((v) => setValue(SCHEDULING_PATHS.podPriority, v)),
  bool.map((v) => setValue(SCHEDULING_PATHS.placeholders, v)),
  parsed((t) => parseInteger(t, 0), fc.oneof(fc.constantFrom('0', '3', ''), anyText)).map((v) => setValue(SCHEDULING_PATHS.placeholderReplicas, v)),
  fc.constantFrom('ignore', 'prefer', 'require').map((v) => setValue(SCHEDULING_PATHS.corePurpose, v)),
  fc.constantFrom('ignore', 'prefer', 'require').map((v) => setValue(SCHEDULING_PATHS.userPurpose, v)),
  bool.map((v) => setValue(PREPULLER_PATHS.hook, v)),
  bool.map((v) => setValue(PREPULLER_PATHS.pullOnlyOnChanges, v)),
  bool.map((v) => setValue(PREPULLER_PATHS.continuous, v)),
  bool.map((v) => setValue(PREPULLER_PATHS.pullProfileListImages, v)),
  fc
    .array(fc.record({ key, name: anyText, tag: fc.oneof(fc.constantFrom('16.04', '3.10', '1', 'latest'), anyText), pullPolicy: fc.constantFrom(undefined, 'IfNotPresent', 'Always', 'Never') }), { maxLength: 3 })
    .map(setExtraImages),
  fc.tuple(key, fc.string({ maxLength: 60 })).map(([k, code]) => addSnippet(k, code)),
  fc.tuple(key, fc.string({ maxLength: 60 })).map(([k, code]) => setSnippetCode(k, code)),
  fc.tuple(key, key).map(([a, b]) => renameSnippet(a, b)),
  key.map(deleteSnippet),
  yamlMap.map((v) => setValue(['custom'], Object.keys(v).length ? v : undefined)),
  fc.array(envRow, { maxLength: 3 }).map(setEnvRows),
  yamlList.map((v) => setValue(['hub', 'extraContainers'], v)),
  // sign-in
  fc.tuple(fc.constantFrom(...PROVIDERS.map((p) => p.id)), fc.option(anyText, { nil: null })).map(([id, cb]) => setProvider(id, cb)),
  fc.tuple(fc.constantFrom(...PROVIDERS.map((p) => p.section), BASE_SECTION), fc.constantFrom('client_id', 'client_secret', 'oauth_callback_url', 'tenant_id'), anyText).map(([sec, k, v]) => setSetting(sec, k, v)),
  fc.tuple(fc.constantFrom(BASE_SECTION, 'GitHubOAuthenticator'), fc.constantFrom('allowed_users', 'admin_users', 'allowed_organizations'), fc.array(anyText, { maxLength: 3 })).map(([sec, k, v]) => setSetting(sec, k, v)),
  bool.map(setAllowAll),
  // user environments
  anyText.map(setImageName),
  parsed(parseTag, fc.oneof(fc.constantFrom('3.10', '2024-12-09', '1', 'x y'), anyText)).map((v) => setImageValue(USER_ENV_PATHS.imageTag, v)),
  parsed(parseDefaultUrl, fc.oneof(fc.constantFrom('/lab', '/tree', 'lab'), anyText)).map((v) => setImageValue(USER_ENV_PATHS.defaultUrl, v)),
  fc.constant(addProfile()),
  fc.nat(3).map(removeProfile),
  fc.nat(3).map((i) => moveProfile(i, 1)),
  fc.tuple(fc.nat(3), bool).map(([i, on]) => setDefaultProfile(i, on)),
  fc.tuple(fc.nat(2), fc.constantFrom('display_name', 'description'), anyText).map(([i, k, v]) => setProfileValue(profilePath(i, k), v)),
  fc.tuple(fc.nat(2), fc.constantFrom(...OVERRIDE_FIELDS.map((f) => f.kind)), fc.constantFrom('1', '0.5', '2G', 'quay.io/a/b:1', '')).map(([i, kind, t]) => {
    const field = OVERRIDE_FIELDS.find((f) => f.kind === kind)!;
    const p = kind === 'cpu' ? parseCpu(t) : kind === 'memory' ? parseMemory(t) : { ok: true as const, value: t };
    return setProfileValue(profilePath(i, 'kubespawner_override', field.key), p.ok ? p.value : undefined);
  }),
  fc.tuple(fc.nat(2), fc.array(fc.tuple(key, fc.constantFrom('1', '2', '500m')), { maxLength: 2 })).map(([i, rows]) => setExtraLimits(profilePath(i, 'kubespawner_override'), rows)),
  fc.nat(2).map(addOption),
  fc.nat(2).map((i) => addChoice(i, 'option-1')),
  // storage
  fc.constantFrom('dynamic' as const, 'static' as const, 'none' as const).map(setStorageType),
  parsed(parseCapacity, fc.oneof(fc.constantFrom('10Gi', '1T', 'x'), anyText)).map((v) => setValue(STORAGE_PATHS.capacity, v)),
  parsed(parseMountPath, fc.oneof(fc.constantFrom('/home/jovyan', 'home'), anyText)).map((v) => setValue(STORAGE_PATHS.homeMountPath, v)),
  anyText.map((v) => setValue(STORAGE_PATHS.storageClass, v || undefined)),
  anyText.map((v) => setValue(STORAGE_PATHS.pvcName, v || undefined)),
  anyText.map((v) => setValue(STORAGE_PATHS.subPath, v || undefined)),
  yamlList.map((v) => setValue(STORAGE_PATHS.extraVolumes, v.length ? v : undefined)),
  yamlList.map((v) => setValue(STORAGE_PATHS.extraVolumeMounts, v.length ? v : undefined)),
  // culling
  bool.map((v) => setValue(CULL_PATHS.enabled, v)),
  bool.map((v) => setValue(CULL_PATHS.users, v)),
  bool.map((v) => setValue(CULL_PATHS.adminUsers, v)),
  bool.map((v) => setValue(CULL_PATHS.removeNamedServers, v)),
  ...(['timeout', 'every', 'maxAge', 'concurrency'] as const).map((k) => parsed((t) => parseSeconds(t, k === 'maxAge' ? 0 : 1), fc.oneof(fc.constantFrom('3600', '1h', '0', 'x'), anyText)).map((v) => setValue(CULL_PATHS[k], v))),
);

describe('every config the forms can produce', () => {
  it('passes chart 4.4.0 schema', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        const state = edits.reduce((s, e) => e(s), initialState());
        const violations = schemaViolations(state.values);
        expect(violations).toEqual([]);
        // and what is written is what is in the state
        expect(parse(writeConfig(state)) ?? {}).toEqual(state.values);
      }),
      { numRuns: 400 },
    );
  });

  it('the property can fail: a hand-made bad value is caught', () => {
    const bad = setValue(['singleuser', 'schedulerStrategy'], 'pack')(initialState());
    expect(schemaViolations(bad.values).length).toBeGreaterThan(0);
  });
});
