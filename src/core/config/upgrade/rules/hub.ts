import type { UpgradeEditor } from '../editor.ts';

/** Hub and singleuser settings that moved into image / security-context maps. */
export function hubMisc(u: UpgradeEditor): void {
  u.replace(['hub', 'imagePullPolicy'], ['hub', 'image', 'pullPolicy'], u.get(['hub', 'imagePullPolicy']) ?? null, 'hub.imagePullPolicy moved to hub.image.pullPolicy in chart 1.0.0.');
  u.replace(['singleuser', 'imagePullPolicy'], ['singleuser', 'image', 'pullPolicy'], u.get(['singleuser', 'imagePullPolicy']) ?? null, 'singleuser.imagePullPolicy moved to singleuser.image.pullPolicy.');
  u.replace(['hub', 'uid'], ['hub', 'containerSecurityContext', 'runAsUser'], u.get(['hub', 'uid']) ?? null, 'hub.uid was removed in chart 1.0.0; the hub container\'s user is hub.containerSecurityContext.runAsUser.');
  u.replace(['hub', 'fsGid'], ['hub', 'podSecurityContext', 'fsGroup'], u.get(['hub', 'fsGid']) ?? null, 'hub.fsGid must be configured via hub.podSecurityContext.fsGroup since chart 2.0.0 (Helm\'s NOTES fail otherwise).');
}
