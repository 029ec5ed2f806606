/**
 * The port table: every file under the chart's templates/ folder (data/chart-templates.json,
 * made from the chart's git repository by scripts/chart-data.mjs) and the module of this folder
 * that ports it. scripts/chart-upgrade.mjs reads it to say which modules a new chart release's
 * template changes touch; ports.test.ts proves the table and the template list agree.
 *
 * Module paths are relative to src/core/chart/.
 */
export type TemplatePort =
  /** renders manifests: the Docs of `modules` carry this template's path */
  | { kind: 'renders'; modules: readonly string[] }
  /** a partial (`_*.tpl`, `_*.yaml`): defines named templates, ported as functions in `modules` */
  | { kind: 'helpers'; modules: readonly string[]; what: string }
  /** renders no manifest, only refuses values (NOTES.txt's `fail`s), in `modules` */
  | { kind: 'checks'; modules: readonly string[]; what: string }
  /** not used by rendering at all */
  | { kind: 'unused'; why: string };

const renders = (...modules: string[]): TemplatePort => ({ kind: 'renders', modules });
const helpers = (what: string, ...modules: string[]): TemplatePort => ({ kind: 'helpers', modules, what });

export const TEMPLATE_PORTS: Readonly<Record<string, TemplatePort>> = {
  'NOTES.txt': {
    kind: 'checks',
    modules: ['components/notes.ts'],
    what: 'the install notes are not a manifest; their fail checks on outdated values are ported',
  },
  '_helpers-names.tpl': helpers('the resource names, and the name templates ConfigMap hub lists', 'ctx.ts', 'components/hub/name-templates.ts'),
  '_helpers-netpol.tpl': helpers('the NetworkPolicy egress rules', 'helpers.ts'),
  '_helpers.tpl': helpers(
    'labels, image pull secrets, extraEnv, extraFiles, singleuser resources',
    'ctx.ts',
    'helpers.ts',
    'components/hub/extra-files.ts',
    'components/image-pull-secret.ts',
    'components/user-placeholder.ts',
  ),
  'httproute.yaml': renders('components/httproute.ts'),

  'hub/_helpers-passwords.tpl': helpers('the generated secrets (auth token, cookie secret, crypt keys, service tokens)', 'components/hub/hub-secrets.ts'),
  'hub/configmap.yaml': renders('components/hub/configmap.ts'),
  'hub/deployment.yaml': renders('components/hub/deployment.ts'),
  'hub/netpol.yaml': renders('components/hub/netpol.ts'),
  'hub/pdb.yaml': renders('components/hub/pdb.ts'),
  'hub/pvc.yaml': renders('components/hub/pvc.ts'),
  'hub/rbac.yaml': renders('components/hub/rbac.ts'),
  'hub/secret.yaml': renders('components/hub/secret.ts'),
  'hub/service.yaml': renders('components/hub/service.ts'),
  'hub/serviceaccount.yaml': renders('components/hub/serviceaccount.ts'),

  'image-pull-secret.yaml': renders('components/image-pull-secret.ts'),

  'image-puller/_helpers-daemonset.tpl': helpers('the image puller DaemonSets and the hook checksum', 'components/image-puller.ts'),
  'image-puller/daemonset-continuous.yaml': renders('components/image-puller.ts'),
  'image-puller/daemonset-hook.yaml': renders('components/image-puller.ts'),
  'image-puller/job.yaml': renders('components/image-puller.ts'),
  'image-puller/priorityclass.yaml': renders('components/image-puller.ts'),
  'image-puller/rbac.yaml': renders('components/image-puller.ts'),
  'image-puller/serviceaccount-continuous.yaml': renders('components/image-puller.ts'),
  'image-puller/serviceaccount-hook.yaml': renders('components/image-puller.ts'),
  'image-puller/serviceaccount.yaml': renders('components/image-puller.ts'),

  'ingress.yaml': renders('components/ingress.ts'),

  'proxy/autohttps/_README.txt': { kind: 'unused', why: 'notes for the chart’s developers; helm renders no file starting with _' },
  'proxy/autohttps/_configmap-dynamic.yaml': helpers('Traefik’s dynamic configuration (merged into the values)', 'components/autohttps.ts'),
  'proxy/autohttps/_configmap-traefik.yaml': helpers('Traefik’s static configuration (merged into the values)', 'components/autohttps.ts'),
  'proxy/autohttps/configmap.yaml': renders('components/autohttps.ts'),
  'proxy/autohttps/deployment.yaml': renders('components/autohttps.ts'),
  'proxy/autohttps/netpol.yaml': renders('components/autohttps.ts'),
  'proxy/autohttps/pdb.yaml': renders('components/autohttps.ts'),
  'proxy/autohttps/rbac.yaml': renders('components/autohttps.ts'),
  'proxy/autohttps/service.yaml': renders('components/autohttps.ts'),
  'proxy/autohttps/serviceaccount.yaml': renders('components/autohttps.ts'),
  'proxy/deployment.yaml': renders('components/proxy.ts'),
  'proxy/netpol.yaml': renders('components/proxy.ts'),
  'proxy/pdb.yaml': renders('components/proxy.ts'),
  'proxy/secret.yaml': renders('components/proxy.ts'),
  'proxy/service.yaml': renders('components/proxy.ts'),

  'scheduling/_scheduling-helpers.tpl': helpers('core and user pod affinities', 'helpers.ts', 'components/user-placeholder.ts'),
  'scheduling/priorityclass.yaml': renders('components/priority.ts'),
  'scheduling/user-placeholder/pdb.yaml': renders('components/user-placeholder.ts'),
  'scheduling/user-placeholder/priorityclass.yaml': renders('components/user-placeholder.ts'),
  'scheduling/user-placeholder/statefulset.yaml': renders('components/user-placeholder.ts'),
  'scheduling/user-scheduler/configmap.yaml': renders('components/user-scheduler.ts'),
  'scheduling/user-scheduler/deployment.yaml': renders('components/user-scheduler.ts'),
  'scheduling/user-scheduler/pdb.yaml': renders('components/user-scheduler.ts'),
  'scheduling/user-scheduler/rbac.yaml': renders('components/user-scheduler.ts'),
  'scheduling/user-scheduler/serviceaccount.yaml': renders('components/user-scheduler.ts'),

  'singleuser/netpol.yaml': renders('components/singleuser.ts'),
  'singleuser/secret.yaml': renders('components/singleuser.ts'),
};

/** The modules a template's port lives in (none for an unused file). */
export function portModules(port: TemplatePort): readonly string[] {
  return port.kind === 'unused' ? [] : port.modules;
}
