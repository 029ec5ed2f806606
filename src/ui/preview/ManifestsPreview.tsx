import type { RenderResult } from '../../core/chart/types.ts';
import { downloadText } from './download.ts';

export function ManifestsPreview({ result, text }: { result: RenderResult; text: string }) {
  return (
    <div className="preview-pane">
      <div className="preview-actions">
        <span className="count">{result.objects.length} resources</span>
        <button type="button" onClick={() => downloadText('manifests.yaml', text)}>
          Download manifests.yaml
        </button>
      </div>
      {result.errors.length > 0 && (
        <ul className="chart-errors" role="alert">
          {result.errors.map((e, i) => (
            <li key={i}>{e.message}</li>
          ))}
        </ul>
      )}
      <pre className="code" data-testid="manifests-preview" aria-label="Manifests preview" tabIndex={0}>
        {text}
      </pre>
    </div>
  );
}
