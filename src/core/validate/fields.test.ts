import { describe, expect, it } from 'vitest';
import { formatPath, type JsonObject } from '../model/json.ts';
import { initialState, type WizardState } from '../model/state.ts';
import { checkFields } from './fields.ts';
import { dns1123LabelProblem, dns1123SubdomainProblem, hostNameProblem } from './rules/dns.ts';
import { emailProblem } from './rules/email.ts';
import { imageReferenceProblem, repositoryProblem, tagProblem } from './rules/images.ts';

/** Resources that keep the pack warning quiet, so each test sees only its own rule. */
const quiet: JsonObject = { singleuser: { memory: { limit: '2G', guarantee: '1G' }, cpu: { limit: 2, guarantee: 0.5 } } };

function stateWith(values: JsonObject, patch: Partial<WizardState> = {}): WizardState {
  const merged: JsonObject = { ...values, singleuser: { ...(quiet.singleuser as JsonObject), ...((values.singleuser as JsonObject) ?? {}) } };
  return { ...initialState(), ...patch, values: merged };
}

const found = (values: JsonObject, patch?: Partial<WizardState>) =>
  checkFields(stateWith(values, patch)).map((p) => `${p.severity} ${p.code} ${formatPath(p.path)}`);

const codes = (values: JsonObject, patch?: Partial<WizardState>) => checkFields(stateWith(values, patch)).map((p) => p.code);

describe('name rules', () => {
  it('DNS-1123 labels', () => {
    expect(dns1123LabelProblem('my-image-1')).toBeUndefined();
    expect(dns1123LabelProblem('My')).toMatch(/uppercase/);
    expect(dns1123LabelProblem('a_b')).toMatch(/`_`/);
    expect(dns1123LabelProblem('a.b')).toMatch(/`\.`/);
    expect(dns1123LabelProblem('-a')).toMatch(/start and end/);
    expect(dns1123LabelProblem('a'.repeat(64))).toMatch(/64 characters/);
    expect(dns1123LabelProblem('')).toBe('is empty');
  });
  it('DNS-1123 subdomains and host names', () => {
    expect(dns1123SubdomainProblem('jupyterhub-tls')).toBeUndefined();
    expect(dns1123SubdomainProblem('a..b')).toBeDefined();
    expect(hostNameProblem('hub.example.org')).toBeUndefined();
    expect(hostNameProblem('*.example.org')).toBeUndefined();
    expect(hostNameProblem('a.*.example.org')).toMatch(/first label/);
    expect(hostNameProblem('*example.org')).toMatch(/first label/);
    expect(hostNameProblem('https://hub.example.org')).toMatch(/https:\/\//);
    expect(hostNameProblem('hub.example.org/x')).toMatch(/path/);
    expect(hostNameProblem('hub.example.org:443')).toMatch(/port/);
    expect(hostNameProblem('10.0.0.1')).toMatch(/IP address/);
    expect(hostNameProblem('Hub.Example.org')).toMatch(/uppercase/);
    expect(hostNameProblem('hub_x.org')).toMatch(/`_`/);
  });
  it('images', () => {
    expect(repositoryProblem('quay.io/jupyterhub/k8s-hub')).toBeUndefined();
    expect(repositoryProblem('localhost:5000/a/b')).toBeUndefined();
    expect(repositoryProblem('quay.io/Jupyterhub/hub')).toMatch(/uppercase/);
    expect(repositoryProblem('a b')).toMatch(/spaces/);
    expect(tagProblem('4.4.0')).toBeUndefined();
    expect(tagProblem(`1.0@sha256:${'a'.repeat(64)}`)).toBeUndefined();
    expect(tagProblem('')).toMatch(/empty/);
    expect(tagProblem('1 0')).toMatch(/spaces/);
    expect(tagProblem('.x')).toBeDefined();
    expect(imageReferenceProblem('jupyter/scipy-notebook:2024-01-01')).toBeUndefined();
    expect(imageReferenceProblem(`jupyter/scipy-notebook@sha256:${'b'.repeat(64)}`)).toBeUndefined();
    expect(imageReferenceProblem('Jupyter/scipy:1')).toMatch(/uppercase/);
    expect(imageReferenceProblem('jupyter/scipy :1')).toMatch(/spaces/);
  });
  it('e-mail', () => {
    expect(emailProblem('admin@uni.edu')).toBeUndefined();
    expect(emailProblem('admin')).toMatch(/`@`/);
    expect(emailProblem('admin@localhost')).toMatch(/domain/);
    expect(emailProblem('admin@example.com')).toMatch(/Let's Encrypt refuses/);
    expect(emailProblem(' a@b.org')).toMatch(/spaces/);
  });
});

describe('checkFields', () => {
  it('finds nothing in the defaults with resources set', () => {
    expect(found({})).toEqual([]);
  });

  it('ingress hosts', () => {
    expect(found({ ingress: { enabled: true, hosts: ['hub.uni.edu', '*.apps.uni.edu'] } })).toEqual([]);
    expect(found({ ingress: { enabled: true, hosts: ['hub.uni.edu', 'Hub_2.uni.edu', 3] } })).toEqual([
      'error dns1123-host ingress.hosts[1]',
      'error dns1123-host ingress.hosts[2]',
    ]);
  });

  it('httpRoute hostnames and annotations', () => {
    expect(found({ httpRoute: { enabled: true, hostnames: ['hub.uni.edu'], annotations: { a: 'x' } } })).toEqual([]);
    expect(found({ httpRoute: { enabled: true, hostnames: ['https://hub.uni.edu'], annotations: { a: 1 } } })).toEqual([
      'error dns1123-host httpRoute.hostnames[0]',
      'error annotation-not-string httpRoute.annotations.a',
    ]);
  });

  it('ingress annotations must be strings', () => {
    const problems = checkFields(stateWith({ ingress: { annotations: { 'kubernetes.io/tls-acme': true } } }));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('"true"');
  });

  it('TLS: secret names and hosts among the ingress hosts', () => {
    const tls = (hosts: JsonObject[], ingressHosts = ['hub.uni.edu']) => found({ ingress: { enabled: true, hosts: ingressHosts, tls: hosts } });
    expect(tls([{ hosts: ['hub.uni.edu'], secretName: 'hub-tls' }])).toEqual([]);
    expect(tls([{ hosts: ['hub.uni.edu'], secretName: 'Hub_TLS' }])).toEqual(['error dns1123-secret-name ingress.tls[0].secretName']);
    expect(tls([{ hosts: ['other.uni.edu'], secretName: 'hub-tls' }])).toEqual(['error tls-host-not-in-ingress ingress.tls[0].hosts[0]']);
    expect(tls([{ hosts: ['hub.uni.edu'] }], [])).toEqual(['warning tls-host-not-in-ingress ingress.tls[0].hosts[0]']);
    expect(tls([{ hosts: ['*.uni.edu'], secretName: 'w' }])).toEqual([]);
    expect(found({ ingress: { enabled: true, tls: ['x'] } })).toEqual(['error ingress-tls-entry ingress.tls[0]']);
  });

  it('cert-manager: annotation without TLS, legacy annotation, e-mail', () => {
    const ingress = { enabled: true, hosts: ['hub.uni.edu'], annotations: { 'cert-manager.io/cluster-issuer': 'letsencrypt-prod' } };
    const email = { certManager: { ...initialState().certManager, email: 'ops@uni.edu' } };
    expect(found({ ingress: { ...ingress, tls: [{ hosts: ['hub.uni.edu'], secretName: 'hub-tls' }] } }, email)).toEqual([]);
    expect(found({ ingress }, email)).toEqual(['warning cert-manager-without-tls ingress.tls']);
    const tlsIngress = { ...ingress, tls: [{ hosts: ['hub.uni.edu'], secretName: 'hub-tls' }] };
    expect(codes({ ingress: tlsIngress })).toEqual(['cert-manager-email-missing']);
    const bad = checkFields(stateWith({ ingress: tlsIngress }, { certManager: { ...email.certManager, email: 'ops' } }));
    expect(bad.map((p) => [p.code, p.setting])).toEqual([['email-invalid', 'certManager.email']]);
    // off when the wizard settings are not checked (the CLI), and without the annotation
    expect(checkFields(stateWith({ ingress: tlsIngress }), { wizardSettings: false })).toEqual([]);
    expect(codes({ ingress: { enabled: true, hosts: ['hub.uni.edu'] } })).toEqual([]);
    expect(codes({ ingress: { ...tlsIngress, annotations: { 'certmanager.k8s.io/cluster-issuer': 'x' } } })).toEqual([
      'cert-manager-legacy-annotation',
    ]);
  });

  it('proxy.https with an Ingress or HTTPRoute is a redirect loop', () => {
    const https = { enabled: true, hosts: ['hub.uni.edu'], letsencrypt: { contactEmail: 'ops@uni.edu' } };
    expect(found({ proxy: { https } })).toEqual([]);
    expect(found({ proxy: { https }, ingress: { enabled: true } })).toEqual(['error autohttps-with-ingress proxy.https.enabled']);
    expect(found({ proxy: { https }, httpRoute: { enabled: true } })).toEqual(['error autohttps-with-ingress proxy.https.enabled']);
    const message = checkFields(stateWith({ proxy: { https }, ingress: { enabled: true } }))[0]!.message;
    expect(message).toMatch(/redirect/);
    expect(message).toMatch(/cert-manager/);
    // not automatic: no hosts, or another type
    expect(codes({ proxy: { https: { ...https, type: 'offload' } }, ingress: { enabled: true } })).toEqual([]);
  });

  it('proxy.https letsencrypt: hosts and contact e-mail', () => {
    expect(found({ proxy: { https: { enabled: true } } })).toEqual(['warning letsencrypt-without-hosts proxy.https.hosts']);
    expect(found({ proxy: { https: { enabled: true, hosts: ['hub.uni.edu'] } } })).toEqual([
      'error letsencrypt-email-missing proxy.https.letsencrypt.contactEmail',
    ]);
    expect(found({ proxy: { https: { enabled: true, hosts: ['hub.uni.edu'], letsencrypt: { contactEmail: 'nope' } } } })).toEqual([
      'error email-invalid proxy.https.letsencrypt.contactEmail',
    ]);
    expect(found({ proxy: { https: { enabled: true, hosts: ['Hub.uni.edu'], letsencrypt: { contactEmail: 'a@uni.edu' } } } })).toEqual([
      'error dns1123-host proxy.https.hosts[0]',
    ]);
  });

  it('prePuller.extraImages keys become container names', () => {
    expect(found({ prePuller: { extraImages: { 'my-image': { name: 'jupyter/base-notebook', tag: 'latest' } } } })).toEqual([]);
    expect(found({ prePuller: { extraImages: { myImage: { name: 'jupyter/base-notebook', tag: 'latest' } } } })).toEqual([
      'error prepuller-image-key prePuller.extraImages.myImage',
    ]);
    const long = 'a'.repeat(53); // image-pull- (11) + 53 = 64
    expect(codes({ prePuller: { extraImages: { [long]: { name: 'x/y', tag: '1' } } } })).toEqual(['prepuller-image-key']);
    expect(codes({ prePuller: { extraImages: { ['a'.repeat(52)]: { name: 'x/y', tag: '1' } } } })).toEqual([]);
  });

  it('image settings: name without tag, tag a string', () => {
    expect(found({ hub: { image: { name: 'quay.io/me/hub', tag: '4.4.0' } } })).toEqual([]);
    expect(found({ hub: { image: { name: 'quay.io/me/hub:4.4.0', tag: '4.4.0' } } })).toEqual(['error image-name hub.image.name']);
    expect(found({ singleuser: { image: { name: 'Me/Notebook', tag: 'x' } } })).toEqual(['error image-name singleuser.image.name']);
    expect(found({ singleuser: { image: { name: 'me/nb', tag: 3.1 } } })).toEqual(['error image-tag singleuser.image.tag']);
    expect(found({ prePuller: { extraImages: { a: { name: 'me/nb', tag: 'x y' } } } })).toEqual(['error image-tag prePuller.extraImages.a.tag']);
    expect(found({ hub: { image: { name: 'registry:5000/me/hub', tag: '1' } } })).toEqual([]);
  });

  it('hub.extraContainers', () => {
    const ok = { name: 'sidecar', image: 'busybox:1.36' };
    expect(found({ hub: { extraContainers: [ok] } })).toEqual([]);
    expect(found({ hub: { extraContainers: [ok, { ...ok }] } })).toEqual(['error hub-extra-container-duplicate hub.extraContainers[1].name']);
    expect(found({ hub: { extraContainers: [{ name: 'hub', image: 'x' }] } })).toEqual(['error hub-extra-container-duplicate hub.extraContainers[0].name']);
    expect(found({ hub: { extraContainers: [{ image: 'x' }, { name: 'Side_Car' }, 'x'] } })).toEqual([
      'error hub-extra-container-name hub.extraContainers[0].name',
      'error hub-extra-container-name hub.extraContainers[1].name',
      'error hub-extra-container-image hub.extraContainers[1].image',
      'error hub-extra-container hub.extraContainers[2]',
    ]);
    expect(found({ hub: { extraContainers: [{ name: 'a', image: 'Busybox' }] } })).toEqual(['error image-reference hub.extraContainers[0].image']);
  });

  it('hub.extraEnv: strings or EnvVar mappings', () => {
    expect(
      found({
        hub: {
          extraEnv: {
            A: 'x',
            B: { valueFrom: { secretKeyRef: { name: 's', key: 'k' } } },
            C: { value: 'y' },
          },
        },
      }),
    ).toEqual([]);
    const problems = checkFields(stateWith({ hub: { extraEnv: { FOO: 8080, BAR: true, BAZ: null } } }));
    expect(problems.map((p) => formatPath(p.path))).toEqual(['hub.extraEnv.FOO', 'hub.extraEnv.BAR', 'hub.extraEnv.BAZ']);
    expect(problems[0]!.message).toContain('`hub.extraEnv.FOO` is a number (8080); the chart only accepts strings');
    expect(problems[0]!.message).toContain('"8080"');
    expect(found({ hub: { extraEnv: { A: { valueFrom: { secretKeyRef: { name: 's' } } } } } })).toEqual([
      'error env-value-from hub.extraEnv.A.valueFrom.secretKeyRef.key',
    ]);
    expect(found({ hub: { extraEnv: { A: { valueFrom: { secretRef: {} } } } } })).toEqual(['error env-value-from hub.extraEnv.A.valueFrom']);
    expect(found({ hub: { extraEnv: { A: { valueFrom: 'x' } } } })).toEqual(['error env-value-from hub.extraEnv.A.valueFrom']);
    expect(found({ hub: { extraEnv: { A: {} } } })).toEqual(['error env-var-shape hub.extraEnv.A']);
    expect(found({ hub: { extraEnv: [{ name: 'A', value: 'x' }, { value: 'y' }, { name: 'C', value: 3 }] } })).toEqual([
      'error env-var-shape hub.extraEnv[1].name',
      'error env-var-value hub.extraEnv[2].value',
    ]);
  });

  it('hub.extraConfig values are Python code strings', () => {
    expect(found({ hub: { extraConfig: { '00-a': 'c.X = 1' } } })).toEqual([]);
    expect(found({ hub: { extraConfig: { '00-a': { c: 1 }, '01-b': 3 } } })).toEqual([
      'error hub-extra-config-type hub.extraConfig["00-a"]',
      'error hub-extra-config-type hub.extraConfig["01-b"]',
    ]);
  });

  it('custom keys must work in a dotted get_config path', () => {
    expect(found({ custom: { a: { b: 1 }, 'my-key': 'x' } })).toEqual([]);
    expect(found({ custom: { 'a.b': 1, c: { '': 2 } } })).toEqual(['error custom-key custom["a.b"]', 'error custom-key custom.c[""]']);
  });

  it('pack strategy without resources: said once the admin touches the scheduler or the resources, not on a blank start', () => {
    expect(checkFields({ ...initialState(), values: {} })).toEqual([]);
    const state = { ...initialState(), values: { singleuser: { cpu: { limit: 2, guarantee: 1 } } } };
    const problems = checkFields(state);
    expect(problems.map((p) => p.code)).toEqual(['pack-without-resources']);
    expect(problems[0]!.message).toContain('singleuser.memory.limit');
    expect(problems[0]!.message).not.toContain('singleuser.memory.guarantee');
    expect(problems[0]!.message).not.toContain('singleuser.cpu');
    expect(checkFields({ ...state, values: { scheduling: { userScheduler: { enabled: false } } } })).toEqual([]);
  });

  it('placeholders without pod priority', () => {
    expect(found({ scheduling: { userPlaceholder: { replicas: 2 } } })).toEqual([
      'warning placeholders-without-priority scheduling.podPriority.enabled',
    ]);
    expect(found({ scheduling: { userPlaceholder: { replicas: 2 }, podPriority: { enabled: true } } })).toEqual([]);
    expect(found({ scheduling: { userPlaceholder: { replicas: 2, enabled: false } } })).toEqual([]);
  });

  it('profile images not pre-pulled, and their container names', () => {
    const profileList: JsonObject[] = [
      { display_name: 'A', kubespawner_override: { image: 'jupyter/scipy-notebook:2024-01-01' } },
      {
        display_name: 'B',
        profile_options: { image: { choices: { py: { kubespawner_override: { image: 'jupyter/base-notebook:x' } } } } },
      },
    ];
    expect(found({ singleuser: { profileList } })).toEqual([]);
    expect(found({ singleuser: { profileList }, prePuller: { pullProfileListImages: false } })).toEqual([
      'warning profile-image-not-prepulled singleuser.profileList[0].kubespawner_override.image',
      'warning profile-image-not-prepulled singleuser.profileList[1].profile_options.image.choices.py.kubespawner_override.image',
    ]);
    const badChoice = [{ profile_options: { Image: { choices: { Py_3: { kubespawner_override: { image: 'a/b:1' } } } } } }];
    expect(found({ singleuser: { profileList: badChoice } })).toEqual([
      'error profile-option-container-name singleuser.profileList[0].profile_options.Image.choices.Py_3',
    ]);
    expect(found({ singleuser: { profileList: [{ kubespawner_override: { image: 'XYZ:XYZ' } }] } })).toEqual([
      'error image-reference singleuser.profileList[0].kubespawner_override.image',
    ]);
  });
});
