// Monaco's suggestion list decides whether to open below or above the cursor by comparing the
// cursor's place in the page (scroll included) with the window's height. That holds for an editor
// that fills a window (VS Code), not for one on a page scrolled down: there the list always opens
// upward, over the snippets above, and on a line near the top of the screen it covers the line
// typed in. Its placement itself is right (measured in the viewport); only that decision is not.
// This corrects it for one editor by handing the list's measure the cursor in viewport terms: the
// editor's box the list adds it to already counts the scroll, so subtracting the scroll once gives
// the cursor's place on screen.
import type * as MonacoApi from 'monaco-editor/editor/editor.api.js';

type CodeEditor = MonacoApi.editor.IStandaloneCodeEditor;

/** The parts of Monaco's own suggestion controller and widget this relies on (not public API). */
interface SuggestControllerShape {
  widget?: { value?: { _layout?: (size?: unknown) => void } };
}

/**
 * Makes the editor's suggestion list open below the cursor when the screen has room below it,
 * above only when it has more room there. Does nothing if Monaco's internals differ from what it
 * expects (a Monaco upgrade then shows the old behaviour, never an error).
 */
export function measureSuggestionsOnScreen(editor: CodeEditor): void {
  const controller = editor.getContribution('editor.contrib.suggestController') as unknown as SuggestControllerShape | null;
  const widget = controller?.widget?.value;
  const layout = widget?._layout;
  if (!widget || typeof layout !== 'function') return;
  widget._layout = (size) => {
    const own = editor.getScrolledVisiblePosition;
    editor.getScrolledVisiblePosition = (position) => {
      const at = own.call(editor, position);
      return at && { ...at, top: at.top - window.scrollY };
    };
    try {
      layout.call(widget, size);
    } finally {
      editor.getScrolledVisiblePosition = own;
    }
  };
}
