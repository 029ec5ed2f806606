import type { JsonObject } from '../../model/json.ts';
import type { Doc } from '../doc.ts';
import type { RenderedObject } from '../types.ts';
import { perObject } from './per-object.ts';

/** One RenderedObject per (remembered) Doc, so an unchanged object keeps its identity across renders. */
export const renderedObject = perObject(
  (d: Doc): RenderedObject => ({ source: `jupyterhub/templates/${d.template}`, component: d.component, object: d.object as JsonObject }),
);
