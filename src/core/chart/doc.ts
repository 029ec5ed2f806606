import type { Any } from './values.ts';

/** One rendered document: its template (relative to templates/), and the object. */
export interface Doc {
  template: string;
  component: string;
  object: Record<string, Any>;
}

export function doc(template: string, component: string, object: Record<string, Any>): Doc {
  return { template, component, object };
}
