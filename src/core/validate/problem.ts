import type { Path } from '../model/json.ts';

/**
 * Something wrong (or worth a warning) in the admin's setup, at a key path so the UI can show it
 * beside the field and the CLI can name it (`ingress.hosts[1]`).
 */
export interface Problem {
  /** a stable identifier of the rule, e.g. `dns1123-host`, `schema`, `tls-host-not-in-ingress` */
  code: string;
  severity: 'error' | 'warning';
  /** where in the values it applies; `[]` for the whole config */
  path: Path;
  /** what is wrong, in words an admin understands, and what to do */
  message: string;
  /**
   * For a problem with a wizard setting outside the Helm values (then `path` is `[]`): which one,
   * e.g. `certManager.email`.
   */
  setting?: string;
}
