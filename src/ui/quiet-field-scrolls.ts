/**
 * React listens, at its root, to every scroll event on the page (scroll does not bubble, so it
 * catches them in the capture phase) and looks through the component tree for onScroll handlers
 * each time. A text field whose value is wider than the field scrolls on every keystroke (the
 * caret stays in view), so each key paid for that search inside the frame. No component listens to
 * a text field's own scrolling, so those events stop at the window, before they reach React's root.
 * (Monaco's editor has no <input> of its own to scroll; other scroll events pass as before.)
 */
export function quietTextFieldScrolls(target: Window = window): void {
  target.addEventListener(
    'scroll',
    (e) => {
      if (e.target instanceof HTMLInputElement) e.stopImmediatePropagation();
    },
    { capture: true },
  );
}
