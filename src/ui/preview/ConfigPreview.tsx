import { useMemo } from 'react';
import { ChunkedText } from '../components/ChunkedText.tsx';
import { lineMarks } from '../components/line-marks.ts';
import { useProblems } from '../state/problems.tsx';
import { CopyButton } from './CopyButton.tsx';
import { downloadText } from './download.ts';

export function ConfigPreview({ text }: { text: string }) {
  // the lines of the problems, as located in the text last checked (validation waits for a pause
  // in typing; until then the marks stay where they were)
  const { all } = useProblems();
  const marks = useMemo(() => lineMarks(all), [all]);
  const errors = useMemo(() => all.filter((p) => p.severity === 'error').length, [all]);
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
      {/* the frame takes the pane's remaining height on a wide screen; the <pre> is sized by it alone */}
      <div className="code-frame">
        <pre className="code" data-testid="config-preview" aria-label="config.yaml preview" tabIndex={0}>
          <ChunkedText text={text} marks={marks} />
        </pre>
      </div>
    </div>
  );
}
