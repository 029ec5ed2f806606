// Each rule lives once (features/*), and the forms, validation, the next steps and the chart
// renderer agree on it: checked over the golden configs, the corpus and hand-made cases.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderChart } from '../chart/render-chart.ts';
import { parseValuesYaml } from '../chart/values-yaml.ts';
import type { JsonObject } from '../model/json.ts';
import { initialState, type WizardState } from '../model/state.ts';
import { issuerRef } from '../next-steps/cluster-issuer.ts';
import { restoreText } from '../restore/restore-text.ts';
import { validateState } from '../validate/index.ts';
import { withDefaults } from '../values/coalesce.ts';
import { autoHttpsRendered, clusterRoutes, httpsMode, requestedIssuer } from './https.ts';
import { missingPackResources, packResourcesToSet, schedulingStrategy } from './scheduling.ts';

const repo = resolve(import.meta.dirname, '../../..');
const golden = join(repo, 'test/golden/configs');
const corpus = join(repo, '../shared/corpus/real-configs');

const handMade: JsonObject[] = [
  { ingress: { enabled: true, hosts: ['a.org'], annotations: { 'cert-manager.io/cluster-issuer': 'le' }, tls: [{ hosts: ['a.org'], secretName: 't' }] } },
  { ingress: { enabled: false, annotations: { 'cert-manager.io/cluster-issuer': 'le' } } },
  { ingress: { enabled: true, annotations: { 'cert-manager.io/issuer': 'ns-issuer' } } },
  { ingress: { enabled: true }, proxy: { https: { enabled: true, hosts: ['a.org'], letsencrypt: { contactEmail: 'a@b.org' } } } },
  { ingress: { enabled: true }, proxy: { https: { enabled: true } } },
  { httpRoute: { enabled: true }, proxy: { https: { enabled: true, hosts: ['a.org'], letsencrypt: { contactEmail: 'a@b.org' } } } },
  { proxy: { https: { enabled: true, type: 'offload' } }, ingress: { enabled: true } },
  { scheduling: { userScheduler: { enabled: false } } },
  { singleuser: { memory: { limit: '2G', guarantee: '1G' }, cpu: { limit: 2, guarantee: '' } } },
  { singleuser: { memory: { limit: '2G', guarantee: '1G' }, cpu: { limit: 2, guarantee: 0.5 } } },
];

function configs(): [string, JsonObject][] {
  const out: [string, JsonObject][] = handMade.map((v, i) => [`hand-made ${i + 1}`, v]);
  for (const f of readdirSync(golden).filter((f) => f.endsWith('.yaml'))) out.push([f, parseValuesYaml(readFileSync(join(golden, f), 'utf8'))]);
  for (const f of readdirSync(corpus).filter((f) => f.endsWith('.yaml'))) {
    const r = restoreText(readFileSync(join(corpus, f), 'utf8'));
    if (r.ok) out.push([f, r.values]);
  }
  return out;
}

const codes = (state: WizardState) => new Set(validateState(state).map((p) => p.code));
const stateOf = (values: JsonObject): WizardState => ({ ...initialState(), values });

describe.each(configs())('%s', (_name, values) => {
  const state = stateOf(values);
  const merged = withDefaults(values);
  const found = codes(state);

  it('pack needs resources: the form, validation and the strategy agree', () => {
    expect(found.has('pack-without-resources')).toBe(packResourcesToSet(values, merged).length > 0);
    if (packResourcesToSet(values, merged).length > 0) expect(missingPackResources(merged).length).toBeGreaterThan(0);
    if (schedulingStrategy(state) === 'spread') expect(missingPackResources(merged)).toEqual([]);
  });

  it("the chart's automatic HTTPS behind a route: validation says so exactly when the chart renders autohttps and a route", () => {
    expect(found.has('autohttps-with-ingress')).toBe(autoHttpsRendered(merged) && clusterRoutes(merged).length > 0);
  });

  it('autoHttpsRendered is what the chart renders (a Deployment autohttps)', () => {
    const r = renderChart(values, { release: 'jupyterhub', namespace: 'jupyterhub', randomBytes: (n) => new Uint8Array(n) });
    if (r.errors.length > 0) return; // refused configs render nothing to compare with
    const autohttps = r.objects.some((o) => o.object.kind === 'Deployment' && (o.object.metadata as { name: string }).name.endsWith('autohttps'));
    expect(autohttps).toBe(autoHttpsRendered(merged));
  });

  it('the issuer the Ingress asks for: the next steps and the e-mail rule agree', () => {
    const noEmail = { ...state, certManager: { ...state.certManager, email: '' } };
    expect(issuerRef(noEmail) !== null).toBe(requestedIssuer(merged) !== null);
    expect(codes(noEmail).has('cert-manager-email-missing')).toBe(requestedIssuer(merged) !== null);
    if (requestedIssuer(merged)) expect(httpsMode(state)).toBe('cert-manager');
  });
});
