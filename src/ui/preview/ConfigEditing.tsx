import { lazy, Suspense, useCallback, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { useTheme } from '../state/theme.tsx';
import { useDraftError } from './use-draft-error.ts';

const loadEditor = () => import('../editor/ConfigEditor.tsx');
const ConfigEditor = lazy(loadEditor);

/** Loads the editor's code (Monaco with YAML) ahead of its first use. */
export function preloadEditor(): void {
  void loadEditor();
}

interface Props {
  /** what the editor shows: the draft while one is kept, else the config.yaml the work writes */
  text: string;
  draft: string | undefined;
  wrapperPath: readonly string[];
  /** the admin reached into config.yaml: the editor is wanted (else only the draft's notice) */
  editing: boolean;
  autoFocus: boolean;
  /** the read-only view, shown until the editor is wanted and while it loads */
  light: ReactNode;
}

/** config.yaml once the admin edits it: the notice of a draft that does not read, and the editor in the frame. */
export default function ConfigEditing({ text, draft, wrapperPath, editing, autoFocus, light }: Props) {
  const { theme } = useTheme();
  const frame = useRef<HTMLDivElement>(null);
  // Escape in the editor: the focus goes to the frame, from where Tab and Shift+Tab go on
  const leave = useCallback(() => frame.current?.focus(), []);
  // Tab from the frame goes past the editor inside it (the browser would go into it), as from its last line
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || e.shiftKey || e.target !== frame.current) return;
    e.preventDefault();
    const next = nextTabbable(frame.current);
    // the last control of the page: the focus leaves it, as Tab from the end of the page does
    if (next) next.focus();
    else frame.current.blur();
  };
  return (
    <>
      {draft !== undefined && <DraftNotice draft={draft} wrapperPath={wrapperPath} />}
      <div className="code-frame" ref={frame} tabIndex={-1} aria-label="config.yaml" onKeyDown={onKeyDown}>
        {editing ? (
          <ErrorBoundary name="The config.yaml editor">
            <Suspense fallback={light}>
              <ConfigEditor text={text} draft={draft !== undefined} wrapperPath={wrapperPath} theme={theme} autoFocus={autoFocus} onLeave={leave} />
            </Suspense>
          </ErrorBoundary>
        ) : (
          light
        )}
      </div>
    </>
  );
}

/** Beside config.yaml while the text typed in it does not read: why, and that nothing was changed or lost. */
function DraftNotice({ draft, wrapperPath }: { draft: string; wrapperPath: readonly string[] }) {
  const error = useDraftError(draft, wrapperPath);
  return (
    <p className="msg msg-error config-draft-error" role="status" data-testid="config-draft-error">
      Not read: {error ? error.message : 'this text does not read as a config.yaml.'} Nothing changed: the forms, the manifests and the
      download keep the last config.yaml that read, and this text is kept until it reads.
    </p>
  );
}

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The first control after `node` and all it holds, in the page's order, as Tab would reach it. */
function nextTabbable(node: HTMLElement): HTMLElement | undefined {
  return Array.from(document.querySelectorAll<HTMLElement>(TABBABLE)).find(
    (el) => !node.contains(el) && node.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING && el.offsetParent !== null,
  );
}
