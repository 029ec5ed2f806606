import { CHART_VERSION } from '../../../model/chart-release.ts';
import { labels, type Ctx } from '../../ctx.ts';
import { doc, type Doc } from '../../doc.ts';
import { nameTemplates } from './name-templates.ts';

const C = 'hub';

/** The note shown instead of the chart's own Python files, which the project does not ship. */
export const CHART_FILE_NOTE = (file: string) =>
  `# ${file}: provided by the jupyterhub Helm chart ${CHART_VERSION} (files/hub/${file}); not reproduced here.\n`;

/** templates/hub/configmap.yaml; `hookChecksum` is the hook image puller's (image-puller.ts). */
export function hubConfigMap(ctx: Ctx, hookChecksum: string): Doc {
  return doc('hub/configmap.yaml', C, {
    kind: 'ConfigMap',
    apiVersion: 'v1',
    metadata: { name: ctx.names.hub, labels: labels(ctx, C) },
    data: {
      ...nameTemplates(ctx),
      'jupyterhub_config.py': CHART_FILE_NOTE('jupyterhub_config.py'),
      'z2jh.py': CHART_FILE_NOTE('z2jh.py'),
      'checksum_hook-image-puller': hookChecksum,
    },
  });
}
