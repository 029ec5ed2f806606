// What the config.yaml editor adds to the shared Monaco build (monaco-setup.ts): Monaco's basic
// YAML language alone (its tokenizer; keys, hovers and marks come from the core through
// yaml-assist.ts, not from a language server) and hover, for a key's path and the marks'
// messages. Kept apart so that the Python snippets' editor does not load them.
import 'monaco-editor/editor/contrib/hover/browser/hoverContribution.js';
import 'monaco-editor/languages/definitions/yaml/register.js';

export { monaco } from './monaco-setup.ts';
