import { lazy, Suspense, useMemo, useState } from 'react';
import { ChunkedText } from '../components/ChunkedText.tsx';
import { lineMarks } from '../components/line-marks.ts';
import { useProblems } from '../state/problems.tsx';
import { CopyButton } from './CopyButton.tsx';
import { downloadText } from './download.ts';

// config.yaml as an editor (Monaco with YAML) and the notice of a text that does not read: the
// code loads when config.yaml is first focused, pointed at or scrolled (or a draft is kept), never
// with the page; the editor takes the place of the text, shown as it always was until then, on a
// click or Enter. Focus alone never swaps it: a keyboard user tabbing past is not caught in it.
const loadEditing = () => import('./ConfigEditing.tsx');
const ConfigEditing = lazy(loadEditing);
const preloadEditor = () => void loadEditing().then((m) => m.preloadEditor());

interface Props {
  /** the config.yaml the work writes */
  text: string;
  /** the text typed in the editor that does not read (yet), kept with the work */
  draft: string | undefined;
  wrapperPath: readonly string[];
}

export function ConfigPreview({ text, draft, wrapperPath }: Props) {
  // the lines of the problems, as located in the text last checked (validation waits for a pause
  // in typing; until then the marks stay where they were)
  const { all } = useProblems();
  const marks = useMemo(() => (draft === undefined ? lineMarks(all) : undefined), [all, draft]);
  const errors = useMemo(() => all.filter((p) => p.severity === 'error').length, [all]);
  const [editing, setEditing] = useState(false);
  // the editor is asked for by a click or Enter: it takes the focus once it is up
  const edit = () => setEditing(true);
  const light = (
    <pre
      className="code"
      data-testid="config-preview"
      aria-label="config.yaml: press Enter or click to edit"
      tabIndex={0}
      onFocus={preloadEditor}
      onPointerEnter={preloadEditor}
      onScroll={preloadEditor}
      onPointerDown={() => edit()}
      onKeyDown={(e) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        edit();
      }}
    >
      <ChunkedText text={draft ?? text} marks={marks} />
    </pre>
  );
  // the frame takes the pane's remaining height on a wide screen; the <pre> or the editor is sized by it alone
  const frame = <div className="code-frame">{light}</div>;
  return (
    <div className="preview-pane">
      <div className="preview-actions">
        <button type="button" onClick={() => downloadText('config.yaml', text)}>
          Download config.yaml
        </button>
        <CopyButton text={text} label="Copy config.yaml" />
        {/* said, never blocking: the admin may download a draft on purpose */}
        {errors > 0 && (
          <span className="msg msg-error preview-errors" role="status">
            {errors} {errors === 1 ? 'error' : 'errors'}: helm refuses this config.yaml as it is
          </span>
        )}
      </div>
      {editing || draft !== undefined ? (
        <Suspense fallback={frame}>
          <ConfigEditing text={draft ?? text} draft={draft} wrapperPath={wrapperPath} editing={editing} autoFocus light={light} />
        </Suspense>
      ) : (
        frame
      )}
    </div>
  );
}
