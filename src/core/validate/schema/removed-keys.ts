/** What happened to keys the chart no longer knows (history in shared REFERENCE.md §6). */
export const REMOVED_KEYS: Record<string, string> = {
  'singleuser.schedulerStrategy':
    'it stopped doing anything in 0.8.0 and was dropped in 1.0.0; packing users onto few nodes is now the job of the user scheduler (`scheduling.userScheduler.enabled`, on by default)',
  'hub.extraConfigMap':
    'it was renamed to `custom` (read it in hub.extraConfig with `z2jh.get_config("custom.KEY")`)',
  auth: 'authentication moved to `hub.config` in 1.0.0 (for example `hub.config.GitHubOAuthenticator` and `hub.config.JupyterHub.authenticator_class`)',
  version: 'the chart version is chosen on the helm command line (`--version`), not in config.yaml',
  'proxy.networkPolicy': 'it moved to `proxy.chp.networkPolicy` in 1.0.0',
  'proxy.pdb': 'it moved to `proxy.chp.pdb` in 1.0.0',
  'proxy.containerSecurityContext': 'it moved to `proxy.chp.containerSecurityContext` in 1.0.0',
  'proxy.nodeSelector': 'it moved to `proxy.chp.nodeSelector` in 1.0.0',
  'proxy.chp.cmd': 'the proxy command is now built by the chart; add flags with `proxy.chp.extraCommandLineFlags`',
  'hub.uid': 'set `hub.containerSecurityContext.runAsUser` instead',
  'hub.imagePullPolicy': 'it is `hub.image.pullPolicy` now',
  'hub.prePuller': 'pre-pulling is configured under the top-level `prePuller`',
  'singleuser.cloudMetadata.enabled':
    'it was replaced by `singleuser.cloudMetadata.blockWithIptables` (note the opposite meaning: true blocks the metadata server)',
  'ingress.https': 'for HTTPS through the Ingress use cert-manager with `ingress.tls`; `proxy.https` is the chart\'s own HTTPS',
  'prePuller.enabled': 'turn the two pullers on or off with `prePuller.hook.enabled` and `prePuller.continuous.enabled`',
  'prePuller.hook.extraEnv': 'the hook pre-puller takes no environment variables any more',
  'cull.podCuller': 'the culler is configured directly under `cull` (`cull.enabled`, `cull.timeout`, `cull.every`)',
  'rbac.enabled': 'RBAC resources are always created now; use `rbac.create` to opt out',
  'hub.fsGid': 'set `hub.podSecurityContext.fsGroup` instead',
  'imagePullSecret.enabled': 'use `imagePullSecret.create`',
};
