import { CHART_NAME, CHART_VERSION } from '../model/chart-release.ts';
import { goStr } from './go/go-yaml.ts';
import { truthy, type Any } from './values.ts';
import type { ChartError } from './types.ts';

/** `jupyterhub.chart` (the `chart` and `helm.sh/chart` labels): name-version. */
export const CHART_LABEL = `${CHART_NAME}-${CHART_VERSION}`;

/** Names of the chart's resources (templates/_helpers-names.tpl), computed once per render. */
export interface Names {
  fullname: string;
  fullnameDash: string;
  hub: string;
  hubServiceAccount: string;
  hubExistingSecret: string;
  hubExistingSecretOrDefault: string;
  hubPvc: string;
  proxy: string;
  proxyApi: string;
  proxyHttp: string;
  proxyPublic: string;
  proxyPublicTls: string;
  proxyPublicManualTls: string;
  autohttps: string;
  autohttpsServiceAccount: string;
  userSchedulerDeploy: string;
  userSchedulerServiceAccount: string;
  userSchedulerLock: string;
  userPlaceholder: string;
  imagePullerPriority: string;
  hookImageAwaiter: string;
  hookImageAwaiterServiceAccount: string;
  hookImagePuller: string;
  hookImagePullerServiceAccount: string;
  continuousImagePuller: string;
  continuousImagePullerServiceAccount: string;
  singleuser: string;
  imagePullSecret: string;
  ingress: string;
  httpRoute: string;
  priority: string;
  userPlaceholderPriority: string;
  userScheduler: string;
}

/** A template-side failure: where helm reports it, and its text. */
export class TemplateFail extends Error {
  constructor(
    readonly template: string,
    readonly position: string,
    readonly text: string,
    /** a Go template execution error (not a `fail`/`required`): `text` is helm's whole message */
    readonly execution = false,
  ) {
    super(text);
  }
  toChartError(): ChartError {
    if (this.execution) return { message: this.text };
    return { message: `execution error at (jupyterhub/templates/${this.template}:${this.position}): ${this.text}` };
  }
}

export interface Ctx {
  /** the merged values (read-only, shares structure with the defaults) */
  v: Any;
  release: string;
  namespace: string;
  names: Names;
  appLabel: string;
  randomBytes: (n: number) => Uint8Array;
}

export function computeNames(v: Any, release: string): Names {
  const fo = v.fullnameOverride;
  let fullname: string;
  if (typeof fo === 'string') fullname = fo;
  else {
    const name = truthy(v.nameOverride) ? goStr(v.nameOverride) : CHART_NAME;
    fullname = release.includes(name) ? release : `${release}-${name}`;
  }
  const dash = fullname ? `${fullname}-` : '';
  const sa = (cfg: Any, dflt: string) =>
    cfg?.create ? (truthy(cfg.name) ? goStr(cfg.name) : dflt) : truthy(cfg?.name) ? goStr(cfg.name) : 'default';
  const hub = `${dash}hub`;
  const proxy = `${dash}proxy`;
  const autohttps = `${dash}autohttps`;
  const userSchedulerDeploy = `${dash}user-scheduler`;
  const userPlaceholder = `${dash}user-placeholder`;
  const hookImageAwaiter = `${dash}hook-image-awaiter`;
  const hookImagePuller = `${dash}hook-image-puller`;
  const continuousImagePuller = `${dash}continuous-image-puller`;
  const existing = truthy(v.hub?.existingSecret) ? goStr(v.hub.existingSecret) : '';
  return {
    fullname,
    fullnameDash: dash,
    hub,
    hubServiceAccount: sa(v.hub?.serviceAccount, hub),
    hubExistingSecret: existing,
    hubExistingSecretOrDefault: existing || hub,
    hubPvc: `${hub}-db-dir`,
    proxy,
    proxyApi: `${proxy}-api`,
    proxyHttp: `${proxy}-http`,
    proxyPublic: `${proxy}-public`,
    proxyPublicTls: `${proxy}-public-tls-acme`,
    proxyPublicManualTls: `${proxy}-public-manual-tls`,
    autohttps,
    autohttpsServiceAccount: sa(v.proxy?.traefik?.serviceAccount, autohttps),
    userSchedulerDeploy,
    userSchedulerServiceAccount: sa(v.scheduling?.userScheduler?.serviceAccount, userSchedulerDeploy),
    userSchedulerLock: `${userSchedulerDeploy}-lock`,
    userPlaceholder,
    imagePullerPriority: fullname ? `${dash}image-puller` : `${release}-image-puller-priority`,
    hookImageAwaiter,
    hookImageAwaiterServiceAccount: sa(v.prePuller?.hook?.serviceAccount, hookImageAwaiter),
    hookImagePuller,
    hookImagePullerServiceAccount: truthy(v.prePuller?.hook?.serviceAccountImagePuller?.name)
      ? goStr(v.prePuller.hook.serviceAccountImagePuller.name)
      : hookImagePuller,
    continuousImagePuller,
    continuousImagePullerServiceAccount: truthy(v.prePuller?.continuous?.serviceAccount?.name)
      ? goStr(v.prePuller.continuous.serviceAccount.name)
      : continuousImagePuller,
    singleuser: `${dash}singleuser`,
    imagePullSecret: `${dash}image-pull-secret`,
    ingress: fullname || 'jupyterhub',
    httpRoute: fullname || 'jupyterhub',
    priority: fullname || `${release}-default-priority`,
    userPlaceholderPriority: fullname ? userPlaceholder : `${release}-user-placeholder-priority`,
    userScheduler: fullname ? userSchedulerDeploy : `${release}-user-scheduler`,
  };
}

export function computeAppLabel(v: Any): string {
  let s = truthy(v.nameOverride) ? goStr(v.nameOverride) : CHART_NAME;
  s = Array.from(s).slice(0, 63).join('');
  return s.endsWith('-') ? s.slice(0, -1) : s;
}

/** `jupyterhub.labels`: legacy + modern labels of a component. */
export function labels(ctx: Ctx, component: string): Record<string, Any> {
  return {
    component,
    'app.kubernetes.io/component': component,
    app: ctx.appLabel,
    release: ctx.release,
    chart: CHART_LABEL,
    heritage: 'Helm',
    'app.kubernetes.io/name': ctx.appLabel,
    'app.kubernetes.io/instance': ctx.release,
    'helm.sh/chart': CHART_LABEL,
    'app.kubernetes.io/managed-by': 'Helm',
  };
}

/** `jupyterhub.matchLabels` */
export function matchLabels(ctx: Ctx, component: string): Record<string, Any> {
  return { component, app: ctx.appLabel, release: ctx.release };
}

/** `jupyterhub.matchLabelsLegacyAndModern` */
export function matchLabelsLM(ctx: Ctx, component: string): Record<string, Any> {
  return {
    component,
    'app.kubernetes.io/component': component,
    app: ctx.appLabel,
    release: ctx.release,
    'app.kubernetes.io/name': ctx.appLabel,
    'app.kubernetes.io/instance': ctx.release,
  };
}
