/** How one of the two printers lays out YAML (helm's toYaml, and the manifests preview's). */
export interface EmitOptions {
  sortKeys: boolean;
  width: number;
  /** reuse text per object identity (only for objects registered as read-only: registerImmutable) */
  cache: boolean;
}

const BEST_WIDTH = 80;

/** helm's `toYaml`: keys in go-yaml's order, long scalars folded at 80 columns. */
export const GO_TOYAML: EmitOptions = { sortKeys: true, width: BEST_WIDTH, cache: true };
/** The manifests preview: the objects' own key order, no folding. */
export const ORDERED: EmitOptions = { sortKeys: false, width: Infinity, cache: true };
