import { chartDefaults } from '../model/chart-defaults.ts';
import type { JsonObject } from '../model/json.ts';
import { autohttpsConfigMap, autohttpsDocs, traefikConfigs, type TraefikConfigs } from './components/autohttps.ts';
import { hubConfigMap } from './components/hub/configmap.ts';
import { hubDeployment } from './components/hub/deployment.ts';
import { hubSecrets, sameHubSecrets, type HubSecrets } from './components/hub/hub-secrets.ts';
import { hubNetpol } from './components/hub/netpol.ts';
import { hubPdb } from './components/hub/pdb.ts';
import { hubPvc } from './components/hub/pvc.ts';
import { hubRbac } from './components/hub/rbac.ts';
import { hubSecret } from './components/hub/secret.ts';
import { hubService } from './components/hub/service.ts';
import { hubServiceAccount } from './components/hub/serviceaccount.ts';
import { imagePullerDocs, imagePullerPlan, type ImagePullerPlan } from './components/image-puller.ts';
import { httpRouteDoc } from './components/httproute.ts';
import { imagePullSecretDoc } from './components/image-pull-secret.ts';
import { ingressDoc } from './components/ingress.ts';
import { notesChecks } from './components/notes.ts';
import { singleuserNetpol, singleuserSecret } from './components/singleuser.ts';
import { httpsMode, proxyDeployment, proxyNetpol, proxyPdb, proxySecret, proxyServices, type HttpsMode } from './components/proxy.ts';
import { defaultPriorityClass } from './components/priority.ts';
import { userPlaceholderDocs } from './components/user-placeholder.ts';
import { userSchedulerDocs } from './components/user-scheduler.ts';
import { TemplateFail, computeAppLabel, computeNames, type Ctx } from './ctx.ts';
import type { Doc } from './doc.ts';
import { registerImmutable } from './incremental/immutable.ts';
import { toToml } from './go/toml.ts';
import { helmOrder, templateRenderOrder } from './order.ts';
import { defaultRandomBytes } from './random.ts';
import type { ChartError, RenderOptions, RenderResult } from './types.ts';
import { cachesEnabled } from './incremental/switch.ts';
import { memo } from './incremental/memo.ts';
import { stable } from './incremental/stable.ts';
import { withSecretChecksum } from './incremental/deferred-secret-checksum.ts';
import { renderedObject } from './incremental/rendered-objects.ts';
import { withTraefik } from './incremental/traefik-values.ts';
import { withDefaults } from '../values/coalesce.ts';
import { isMap } from './values.ts';

// the chart defaults never change: their toYaml text is reused by every render
registerImmutable(chartDefaults);

/**
 * What `helm template RELEASE jupyterhub-4.4.0 --namespace NS -f config.yaml` renders: every object,
 * in helm's output order (hooks last), or, when the chart refuses the config, no objects and the
 * chart's refusals in the order helm meets them (`errors[0]` is the one helm prints).
 * `config` is read, never modified; generated secrets come from `options.randomBytes`.
 *
 * Rendering is incremental: `config` is treated as immutable (edit it the way `setIn` does, by
 * copying the nodes along the edited path), and what was computed from a subtree is remembered
 * by the subtree's identity, so re-rendering after a small edit recomputes only the components
 * whose inputs changed, and hands out the same objects for the others. The returned objects are
 * read-only: copy them before changing them (manifestsToYaml remembers their text).
 * `withoutCaches` (incremental/switch.ts) renders as the first time, without reading or filling any cache.
 */
export function renderChart(config: JsonObject, options: RenderOptions): RenderResult {
  try {
    return render(config, options);
  } catch (e) {
    // values of a shape the chart's schema would have refused before rendering
    return { objects: [], errors: [{ message: `the chart cannot render these values: ${(e as Error).message}` }] };
  }
}

function render(config: JsonObject, options: RenderOptions): RenderResult {
  const input = isMap(config) ? config : {};
  // the config is read-only from here on: its (and the merged values') YAML text, digests and the
  // components' results are remembered per subtree (incremental/)
  registerImmutable(input);
  const merged = withDefaults(input);
  registerImmutable(merged);
  const ctx: Ctx = {
    v: merged,
    release: options.release,
    namespace: options.namespace,
    names: stable('names', computeNames(merged, options.release)),
    appLabel: computeAppLabel(merged),
    randomBytes: options.randomBytes ?? defaultRandomBytes,
  };

  const docs: Doc[] = [];
  const fails: TemplateFail[] = [];
  /** Runs one template's worth of work; a chart refusal is recorded where helm would report it. */
  const run = <T,>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (e) {
      if (e instanceof TemplateFail) {
        fails.push(e);
        return undefined;
      }
      throw e;
    }
  };
  const add = (d: Doc | Doc[] | undefined) => {
    if (Array.isArray(d)) docs.push(...d);
    else if (d) docs.push(d);
  };

  const mode: HttpsMode = stable('httpsMode', memo('httpsMode', ctx, [], httpsMode));
  // autohttps: the chart merges its Traefik config into the values, which Secret hub then shows
  const traefik: TraefikConfigs | undefined = memo('traefik', ctx, [mode], (c) => traefikConfigs(c, mode));
  if (traefik) {
    registerImmutable(traefik);
    ctx.v = withTraefik(ctx.v, traefik);
    registerImmutable(ctx.v);
  }
  run(() => add(memo('autohttpsConfigMap', ctx, [traefik], (c) => autohttpsConfigMap(c, traefik))));
  run(() => add(memo('autohttpsDocs', ctx, [mode, traefik], (c) => autohttpsDocs(c, mode, traefik))));

  // hub (the generated secrets are drawn on every render: randomBytes is read in the same order)
  const secrets: HubSecrets = stable('hubSecrets', hubSecrets(ctx), sameHubSecrets);
  const plan: ImagePullerPlan | undefined = run(() => memo('imagePullerPlan', ctx, [], imagePullerPlan));
  const hookChecksum = plan?.hookChecksum ?? '';
  const configMap = memo('hubConfigMap', ctx, [hookChecksum], (c) => hubConfigMap(c, hookChecksum));
  add(configMap);
  const secret = run(() => memo('hubSecret', ctx, [secrets], (c) => hubSecret(c, secrets, toToml), { shallow: true }));
  add(secret);
  // Deployment hub is remembered apart from the Secret's checksum, which changes with every edit
  if (secret && cachesEnabled()) run(() => add(withSecretChecksum(memo('hubDeployment', ctx, [configMap], (c) => hubDeployment(c, configMap, null)), secret)));
  else if (secret) run(() => add(hubDeployment(ctx, configMap, secret)));
  add(memo('hubNetpol', ctx, [], hubNetpol));
  add(memo('hubPdb', ctx, [], hubPdb));
  add(memo('hubPvc', ctx, [], hubPvc));
  add(memo('hubRbac', ctx, [], hubRbac));
  add(memo('hubService', ctx, [], hubService));
  add(memo('hubServiceAccount', ctx, [], hubServiceAccount));

  // proxy
  const pSecret = run(() => memo('proxySecret', ctx, [mode], (c) => proxySecret(c, mode)));
  add(pSecret);
  if (!fails.some((f) => f.template === 'proxy/secret.yaml')) {
    run(() => add(memo('proxyDeployment', ctx, [mode, secrets.authToken, pSecret], (c) => proxyDeployment(c, mode, secrets.authToken, pSecret))));
  }
  add(memo('proxyNetpol', ctx, [mode], (c) => proxyNetpol(c, mode)));
  add(memo('proxyPdb', ctx, [], proxyPdb));
  add(memo('proxyServices', ctx, [mode], (c) => proxyServices(c, mode)));

  // scheduling
  add(memo('defaultPriorityClass', ctx, [], defaultPriorityClass));
  add(memo('userSchedulerDocs', ctx, [], userSchedulerDocs));
  add(memo('userPlaceholderDocs', ctx, [], userPlaceholderDocs));

  // image pulling
  if (plan) add(memo('imagePullerDocs', ctx, [plan], (c) => imagePullerDocs(c, plan)));
  add(memo('imagePullSecretDoc', ctx, [], imagePullSecretDoc));

  // singleuser, ingress, httproute
  add(memo('singleuserNetpol', ctx, [], singleuserNetpol));
  run(() => add(memo('singleuserSecret', ctx, [], (c) => singleuserSecret(c, toToml))));
  add(memo('ingressDoc', ctx, [], ingressDoc));
  add(memo('httpRouteDoc', ctx, [], httpRouteDoc));
  run(() => memo('notesChecks', ctx, [], notesChecks));

  if (fails.length > 0) {
    const errors: ChartError[] = fails
      .slice()
      .sort((a, b) => templateRenderOrder(a.template, b.template))
      .map((f) => f.toChartError());
    return { objects: [], errors };
  }

  return { objects: helmOrder(docs).map(renderedObject), errors: [] };
}
