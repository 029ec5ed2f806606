import type { Ctx } from '../../ctx.ts';
import type { Doc } from '../../doc.ts';
import { truthy } from '../../values.ts';
import { pdbDoc } from '../pdb-doc.ts';

const C = 'hub';

/** templates/hub/pdb.yaml */
export function hubPdb(ctx: Ctx): Doc | undefined {
  const pdb = ctx.v.hub?.pdb;
  if (!truthy(pdb?.enabled)) return undefined;
  return pdbDoc(ctx, 'hub/pdb.yaml', C, ctx.names.hub, pdb);
}
