import type { Json } from '../model/json.ts';

/**
 * What kind of code a piece is, by what it does in the cluster:
 * - `python`: a `hub.extraConfig` snippet, run by the hub at start with its service account;
 * - `container`: a whole container (sidecar or init container) with its own image and command;
 * - `lifecycle`: postStart / preStop hooks, commands run inside a container;
 * - `command`: a container's command or arguments, replacing what its image runs;
 * - `script`: an extra file mounted into a pod that is a script (a shebang, a script's name, an
 *   executable mode);
 * - `image`: an image from a registry the admin has not used before (it runs as a pod).
 */
export type CodeKind = 'python' | 'container' | 'lifecycle' | 'command' | 'script' | 'image';

export const CODE_KINDS: readonly CodeKind[] = ['python', 'container', 'lifecycle', 'command', 'script', 'image'];

/** One step of a key path into the values: a map key or a list position. */
export type Step = string | number;

/**
 * A piece of code that arrived with a link or an imported file and waits for the admin's review:
 * it is kept beside the values, not in them, so it is in no config.yaml, manifest, download or
 * share link until accepted.
 */
export interface PendingCode {
  kind: CodeKind;
  /** where it goes in the values, e.g. `['hub', 'extraConfig', '00-auth']` or `['hub', 'extraContainers', 1]` */
  path: Step[];
  /**
   * its position among its parent's entries (map keys or list items), counting the pieces still
   * pending: accepting it puts it back there, so snippets keep their order and containers their place
   */
  index: number;
  value: Json;
}

/** A pending piece as the review panel shows it. */
export interface CodeReviewItem {
  /** stable while the piece waits: its path */
  id: string;
  kind: CodeKind;
  /** where it goes, as the admin reads a key path: `hub.extraContainers[1]` */
  place: string;
  /** a short line: what it is (`Python snippet 00-auth`, `Container sidecar (image busybox:1.36)`) */
  label: string;
  /** the code as the admin reviews it: the Python, the script, or the YAML it puts in the values */
  code: string;
  /** how `code` reads: Python is shown in the Python editor */
  language: 'python' | 'shell' | 'yaml';
}
