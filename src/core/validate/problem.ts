import type { Path } from '../model/json.ts';
import type { SourceRange } from '../values/source-range.ts';

/**
 * Every kind of problem the wizard reports, one code per rule: a closed list, so the UI, the CLI
 * and tests can rely on a code meaning one thing.
 */
export type ProblemCode =
  // chart 4.4.0's values schema
  | 'schema'
  // reading the file (values/read-values-file.ts)
  | 'duplicate-key'
  // ingress, HTTPS, routes
  | 'dns1123-host'
  | 'dns1123-secret-name'
  | 'ingress-tls-entry'
  | 'tls-host-not-in-ingress'
  | 'cert-manager-without-tls'
  | 'cert-manager-legacy-annotation'
  | 'cert-manager-email-missing'
  | 'annotation-not-string'
  | 'autohttps-with-ingress'
  | 'letsencrypt-email-missing'
  | 'letsencrypt-without-hosts'
  | 'email-invalid'
  // images and pre-pulling
  | 'image-name'
  | 'image-tag'
  | 'image-reference'
  | 'prepuller-image-key'
  | 'profile-image-not-prepulled'
  | 'profile-option-container-name'
  // the hub's escape hatches
  | 'hub-extra-config-type'
  | 'hub-extra-container'
  | 'hub-extra-container-duplicate'
  | 'hub-extra-container-image'
  | 'hub-extra-container-name'
  | 'hub-extra-env-type'
  | 'env-var-shape'
  | 'env-var-value'
  | 'env-value-from'
  | 'custom-key'
  | 'plain-text-secret'
  | 'python-syntax'
  | 'python-empty-snippet'
  | 'python-plain-setting'
  // what stops the hub at start
  | 'hub-config-section-lowercase'
  | 'hub-existing-secret'
  // what chart 4.x does differently with a file of chart 3.x or older (rules/behaviour-changes.ts)
  | 'hub-db-upgrade'
  | 'slug-static-subpath'
  | 'slug-pvc-template'
  | 'pvc-default-template'
  | 'hub-extra-containers-order'
  | 'traefik-v3-config'
  | 'spawner-env-braces'
  // who may log in
  | 'login-nobody'
  | 'login-admins-only'
  | 'login-anyone'
  // user storage
  | 'storage-static-without-pvc'
  // scheduling
  | 'pack-without-resources'
  | 'placeholders-without-priority'
  // the wizard's own settings
  | 'release-name'
  | 'namespace-name'
  | 'kube-version'
  // what a form field holds before it is a value (shown beside the field only)
  | 'field-unparsed'
  | 'field-yaml'
  | 'field-empty-key'
  | 'field-duplicate-key';

/**
 * Something wrong (or worth a warning) in the admin's setup, at a key path so the UI can show it
 * beside the field and the CLI can name it (`ingress.hosts[1]`), and, once located in a text, at
 * its place in that text (`config.yaml:12:5`).
 */
export interface Problem {
  code: ProblemCode;
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
  /** where the docs explain it (a page of the chart's, or of the component that changed) */
  doc?: string;
  /**
   * Where the problem is written in the config.yaml it was found in (validate/locate.ts): the key
   * at `path`, or the nearest key above it that the text writes (a default, a merge key).
   */
  range?: SourceRange;
}
