import { labels, type Ctx } from '../../ctx.ts';
import { doc, type Doc } from '../../doc.ts';
import { plainText } from '../../helpers.ts';
import { truthy, type Any } from '../../values.ts';

const C = 'hub';

/** templates/hub/serviceaccount.yaml */
export function hubServiceAccount(ctx: Ctx): Doc | undefined {
  const sa = ctx.v.hub?.serviceAccount;
  if (!truthy(sa?.create)) return undefined;
  const metadata: Record<string, Any> = { name: plainText(ctx.names.hubServiceAccount) };
  if (truthy(sa.annotations)) metadata.annotations = sa.annotations;
  metadata.labels = labels(ctx, C);
  return doc('hub/serviceaccount.yaml', C, { apiVersion: 'v1', kind: 'ServiceAccount', metadata });
}
