import type { Ctx } from '../../ctx.ts';

/** ConfigMap hub's name entries: the chart's name templates (templates/_helpers-names.tpl), as the hub's Python reads them. */
export function nameTemplates(ctx: Ctx): Record<string, string> {
  const n = ctx.names;
  return {
    fullname: n.fullname,
    'fullname-dash': n.fullnameDash,
    hub: n.hub,
    'hub-serviceaccount': n.hubServiceAccount,
    'hub-existing-secret': n.hubExistingSecret,
    'hub-existing-secret-or-default': n.hubExistingSecretOrDefault,
    'hub-pvc': n.hubPvc,
    proxy: n.proxy,
    'proxy-api': n.proxyApi,
    'proxy-http': n.proxyHttp,
    'proxy-public': n.proxyPublic,
    'proxy-public-tls': n.proxyPublicTls,
    'proxy-public-manual-tls': n.proxyPublicManualTls,
    autohttps: n.autohttps,
    'autohttps-serviceaccount': n.autohttpsServiceAccount,
    'user-scheduler-deploy': n.userSchedulerDeploy,
    'user-scheduler-serviceaccount': n.userSchedulerServiceAccount,
    'user-scheduler-lock': n.userSchedulerLock,
    'user-placeholder': n.userPlaceholder,
    'image-puller-priority': n.imagePullerPriority,
    'hook-image-awaiter': n.hookImageAwaiter,
    'hook-image-awaiter-serviceaccount': n.hookImageAwaiterServiceAccount,
    'hook-image-puller': n.hookImagePuller,
    'hook-image-puller-serviceaccount': n.hookImagePullerServiceAccount,
    'continuous-image-puller': n.continuousImagePuller,
    'continuous-image-puller-serviceaccount': n.continuousImagePullerServiceAccount,
    singleuser: n.singleuser,
    'image-pull-secret': n.imagePullSecret,
    ingress: n.ingress,
    priority: n.priority,
    'user-placeholder-priority': n.userPlaceholderPriority,
    'user-scheduler': n.userScheduler,
  };
}
