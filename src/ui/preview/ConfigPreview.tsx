import { ChunkedText } from '../components/ChunkedText.tsx';
import { downloadText } from './download.ts';

export function ConfigPreview({ text }: { text: string }) {
  return (
    <div className="preview-pane">
      <div className="preview-actions">
        <button type="button" onClick={() => downloadText('config.yaml', text)}>
          Download config.yaml
        </button>
        <button type="button" onClick={() => void navigator.clipboard?.writeText(text)}>
          Copy
        </button>
      </div>
      {/* the frame takes the pane's remaining height on a wide screen; the <pre> is sized by it alone */}
      <div className="code-frame">
        <pre className="code" data-testid="config-preview" aria-label="config.yaml preview" tabIndex={0}>
          <ChunkedText text={text} />
        </pre>
      </div>
    </div>
  );
}
