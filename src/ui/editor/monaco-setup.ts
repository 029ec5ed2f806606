// The Monaco build the page uses: the editor core with only what editing Python needs, bundled
// (never fetched from a CDN). @monaco-editor/react gets this instance through loader.config, so it
// loads nothing itself. This module is only reached through a lazy import, so none of it is in
// the initial bundle. Left out on purpose, to keep the chunk small: hover (problems are shown
// beside the editor), find, folding, multi-cursor, the context menu and word highlighting.
import * as monaco from 'monaco-editor/editor/editor.api.js';
import 'monaco-editor/editor/browser/coreCommands.js';
import 'monaco-editor/editor/browser/widget/codeEditor/codeEditorWidget.js';
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching.js';
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard.js';
import 'monaco-editor/editor/contrib/comment/browser/comment.js';
import 'monaco-editor/editor/contrib/cursorUndo/browser/cursorUndo.js';
import 'monaco-editor/editor/contrib/indentation/browser/indentation.js';
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations.js';
import 'monaco-editor/editor/contrib/snippet/browser/snippetController2.js';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController.js';
import 'monaco-editor/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode.js';
import 'monaco-editor/editor/contrib/wordOperations/browser/wordOperations.js';
// The config.yaml editor's hover over a mark needs this service. Monaco fixes its services when the
// first editor is made, often a Python one (a snippet, the code review), before the config.yaml
// editor's own setup (monaco-yaml-setup.ts) has loaded: so it is registered here, with the rest.
import 'monaco-editor/editor/contrib/gotoError/browser/markerNavigationService.js';
import 'monaco-editor/features/codicon/register.js';
import 'monaco-editor/languages/definitions/python/register.js';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';
import { loader } from '@monaco-editor/react';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };
loader.config({ monaco });

export { monaco };

/**
 * vs-dark with comments readable: its comment green (#608b4e on #1e1e1e, 4.2:1) is below the 4.5:1
 * that text needs (axe's color-contrast), and a snippet's comments are often what explains it.
 */
export const DARK_THEME = 'z2jh-dark';
monaco.editor.defineTheme(DARK_THEME, { base: 'vs-dark', inherit: true, rules: [{ token: 'comment', foreground: '7ca668' }], colors: {} });
