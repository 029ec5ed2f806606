import type { Path } from '../../model/json.ts';

/**
 * How a link leaves a secret out:
 * - `value`: the whole value goes (a map entry is removed, a list item or a value the chart's
 *   schema requires becomes the placeholder);
 * - `key`: the map entry goes, because its key is the secret (`JupyterHub.api_tokens`);
 * - `text`: characters `start`…`end` of the string become the placeholder, so a URL, a command or
 *   a Python snippet still reads (`postgres://hub:<secret removed from link>@db/hub`).
 */
export type SecretCut = { kind: 'value' } | { kind: 'key' } | { kind: 'text'; start: number; end: number };

/** A value a link must not carry unless the admin says so. */
export interface SecretFinding {
  /** where it is in the values (for `key`, the path to the entry whose key is the secret) */
  path: Path;
  /**
   * where, for the admin: `hub.config.GitHubOAuthenticator.client_secret`, `hub.extraConfig.auth
   * (line 3)`, `hub.config.JupyterHub.api_tokens (the token of "alice")`. Never holds the secret.
   */
  where: string;
  /** why it counts as a secret, for the admin (never holds the secret either) */
  reason: string;
  /** a text of several lines: the line that holds the secret */
  line?: number;
  cut: SecretCut;
}

/** What a secret becomes where a link keeps its place: in a list, in Python, inside a URL or a command. */
export const SECRET_PLACEHOLDER = '<secret removed from link>';
