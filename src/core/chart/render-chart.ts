import { chartDefaults } from '../model/chart-defaults.ts';
import type { JsonObject } from '../model/json.ts';
import { applyToValues, autohttpsConfigMap, autohttpsDocs, traefikConfigs, type TraefikConfigs } from './components/autohttps.ts';
import {
  hubConfigMap,
  hubDeployment,
  hubNetpol,
  hubPdb,
  hubPvc,
  hubRbac,
  hubSecret,
  hubSecrets,
  hubService,
  hubServiceAccount,
  type HubSecrets,
} from './components/hub.ts';
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
import { registerImmutable } from './go/go-yaml.ts';
import { toToml } from './go/toml.ts';
import { helmOrder, templateRenderOrder } from './order.ts';
import { defaultRandomBytes } from './random.ts';
import type { ChartError, RenderedObject, RenderOptions, RenderResult } from './types.ts';
import { coalesce, isMap } from './values.ts';

// the chart defaults never change: their toYaml text is reused by every render
registerImmutable(chartDefaults);

/**
 * What `helm template RELEASE jupyterhub-4.4.0 --namespace NS -f config.yaml` renders: every object,
 * in helm's output order (hooks last), or, when the chart refuses the config, no objects and the
 * chart's refusals in the order helm meets them (`errors[0]` is the one helm prints).
 * `config` is read, never modified; generated secrets come from `options.randomBytes`.
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
  const merged = coalesce(chartDefaults, isMap(config) ? config : {});
  const ctx: Ctx = {
    v: merged,
    release: options.release,
    namespace: options.namespace,
    names: computeNames(merged, options.release),
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

  const mode: HttpsMode = httpsMode(ctx);
  // autohttps: the chart merges its Traefik config into the values, which Secret hub then shows
  const traefik: TraefikConfigs | undefined = traefikConfigs(ctx, mode);
  if (traefik) ctx.v = applyToValues(ctx.v, traefik);
  run(() => add(autohttpsConfigMap(ctx, traefik)));
  run(() => add(autohttpsDocs(ctx, mode, traefik)));

  // hub
  const secrets: HubSecrets = hubSecrets(ctx);
  const plan: ImagePullerPlan | undefined = run(() => imagePullerPlan(ctx));
  const configMap = hubConfigMap(ctx, plan?.hookChecksum ?? '');
  add(configMap);
  const secret = run(() => hubSecret(ctx, secrets, toToml));
  add(secret);
  if (secret) run(() => add(hubDeployment(ctx, configMap, secret)));
  add(hubNetpol(ctx));
  add(hubPdb(ctx));
  add(hubPvc(ctx));
  add(hubRbac(ctx));
  add(hubService(ctx));
  add(hubServiceAccount(ctx));

  // proxy
  const pSecret = run(() => proxySecret(ctx, mode));
  add(pSecret);
  if (!fails.some((f) => f.template === 'proxy/secret.yaml')) run(() => add(proxyDeployment(ctx, mode, secrets.authToken, pSecret)));
  add(proxyNetpol(ctx, mode));
  add(proxyPdb(ctx));
  add(proxyServices(ctx, mode));

  // scheduling
  add(defaultPriorityClass(ctx));
  add(userSchedulerDocs(ctx));
  add(userPlaceholderDocs(ctx));

  // image pulling
  if (plan) add(imagePullerDocs(ctx, plan));
  add(imagePullSecretDoc(ctx));

  // singleuser, ingress, httproute
  add(singleuserNetpol(ctx));
  run(() => add(singleuserSecret(ctx, toToml)));
  add(ingressDoc(ctx));
  add(httpRouteDoc(ctx));
  run(() => notesChecks(ctx));

  if (fails.length > 0) {
    const errors: ChartError[] = fails
      .slice()
      .sort((a, b) => templateRenderOrder(a.template, b.template))
      .map((f) => f.toChartError());
    return { objects: [], errors };
  }

  const objects: RenderedObject[] = helmOrder(docs).map((d) => ({
    source: `jupyterhub/templates/${d.template}`,
    component: d.component,
    object: d.object as JsonObject,
  }));
  return { objects, errors: [] };
}
