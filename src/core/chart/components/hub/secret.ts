import { CHART_APP_VERSION, CHART_NAME, CHART_VERSION } from '../../../model/chart-release.ts';
import { b64enc } from '../../go/base64.ts';
import { goStr } from '../../go/go-yaml.ts';
import { sha256Hex } from '../../go/sha256.ts';
import { labels, type Ctx } from '../../ctx.ts';
import { doc, type Doc } from '../../doc.ts';
import { registerChecksum } from '../../incremental/checksums.ts';
import { encodedHubSecrets } from '../../incremental/hub-encoded-secrets.ts';
import { putValuesYaml } from '../../incremental/hub-values-yaml.ts';
import { truthy, type Any } from '../../values.ts';
import { extraFilesData, type ExtraFilesPositions } from './extra-files.ts';
import type { HubSecrets } from './hub-secrets.ts';

const C = 'hub';

const HUB_FILES_POS: ExtraFilesPositions = { mount: '43:11', count: '43:11', ext: '47:9' };

/**
 * templates/hub/secret.yaml: values.yaml (the base64 of the values, with `Chart` and `Release`),
 * the database password, the generated secrets and the extraFiles.
 */
export function hubSecret(ctx: Ctx, secrets: HubSecrets, toToml: (v: Any) => string): Doc {
  const v = ctx.v;
  // `merge dict .Values` (mergo) skips the top-level nulls
  const top: Record<string, Any> = {};
  for (const k of Object.keys(v)) if (v[k] !== null && v[k] !== undefined) top[k] = v[k];
  const values = {
    ...top,
    Chart: { Name: CHART_NAME, Version: CHART_VERSION, AppVersion: CHART_APP_VERSION },
    Release: { Name: ctx.release, Namespace: ctx.namespace, Service: 'Helm' },
  };
  const files = extraFilesData(v.hub?.extraFiles, 'hub/secret.yaml', HUB_FILES_POS, toToml);
  // an extraFiles entry named values.yaml takes the key (in its place: first)
  const ours = !Object.hasOwn(files.data, 'values.yaml');
  const data: Record<string, string> = { 'values.yaml': '' };
  if (truthy(v.hub?.db?.password)) data['hub.db.password'] = b64enc(goStr(v.hub.db.password));
  Object.assign(data, encodedHubSecrets(secrets));
  Object.assign(data, files.data);
  const object: Record<string, Any> = {
    kind: 'Secret',
    apiVersion: 'v1',
    metadata: { name: ctx.names.hub, labels: labels(ctx, C) },
    type: 'Opaque',
    data,
  };
  if (Object.keys(files.stringData).length > 0) object.stringData = files.stringData;
  // values.yaml, and the checksum Deployment hub's checksum/secret annotation takes (over a
  // stand-in for values.yaml: see hub-values-yaml.ts)
  if (ours) putValuesYaml(object, data, values);
  else registerChecksum(object, sha256Hex(JSON.stringify(object)));
  return doc('hub/secret.yaml', C, object);
}
