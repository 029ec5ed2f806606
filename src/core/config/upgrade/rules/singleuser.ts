import type { UpgradeEditor } from '../editor.ts';

/** singleuser.cloudMetadata.enabled (inverted) and the removed hostPath storage type. */
export function singleuserMisc(u: UpgradeEditor): void {
  const enabled = u.get(['singleuser', 'cloudMetadata', 'enabled']);
  if (enabled !== undefined) {
    u.replace(
      ['singleuser', 'cloudMetadata', 'enabled'],
      ['singleuser', 'cloudMetadata', 'blockWithIptables'],
      !(enabled === true),
      `singleuser.cloudMetadata.enabled became blockWithIptables, with the opposite meaning: enabled: ${String(enabled)} (${enabled === true ? 'users may reach' : 'users may not reach'} the cloud metadata server) is blockWithIptables: ${String(!(enabled === true))}.`,
    );
  }
  const type = u.get(['singleuser', 'storage', 'type']);
  if (type === 'hostPath') {
    u.set(['singleuser', 'storage', 'type'], 'none');
    u.note({
      path: 'singleuser.storage.type',
      before: 'hostPath',
      after: 'none',
      why:
        'Storage type hostPath was removed. With type none the chart mounts no home volume of its own; ' +
        'mount the host directory with singleuser.storage.extraVolumes and extraVolumeMounts (a hostPath volume), as this config already does where they are set.',
    });
  }
}
