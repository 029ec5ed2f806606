import type { Path } from '../model/json.ts';
import { referencedPath } from './schema-tree.ts';

/** The chart's configuration reference (the stable docs; chart 4.4.0 is the current release). */
export const REFERENCE_URL = 'https://z2jh.jupyter.org/en/stable/resources/reference.html';

/**
 * The address of the reference's entry for `path`, or of its nearest ancestor that has one. The
 * reference's headings are the dotted key paths, and Sphinx makes each heading's anchor from its
 * text: lower case, every run of other characters than letters and digits one hyphen
 * (`hub.networkPolicy.interNamespaceAccessLabels` → `#hub-networkpolicy-internamespaceaccesslabels`).
 */
export function referenceLink(path: Path): { url: string; path: string[] } {
  const found = referencedPath(path);
  if (found.length === 0) return { url: REFERENCE_URL, path: [] };
  return { url: `${REFERENCE_URL}#${anchorOf(found.join('.'))}`, path: found };
}

export function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[-0-9]+|-+$/g, '');
}
