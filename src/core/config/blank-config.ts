/**
 * config.yaml of a setup with no values. Its own module, with nothing else in it, so the page can
 * show a new setup's config.yaml before the writer (and the engine around it) has loaded.
 */
export const BLANK_CONFIG_YAML = '{}\n';
