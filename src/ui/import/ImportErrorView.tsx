import type { ImportErrorInfo } from '../../core/restore/index.ts';

/** Why a text could not be imported: where (line, column), the line itself, and the message. */
export function ImportErrorView({ error, source }: { error: ImportErrorInfo; source?: string }) {
  return (
    <div className="callout callout-error import-error" role="alert">
      <p>
        <strong>{source ? `${source} was not imported` : 'Not imported'}</strong>
        {error.line !== undefined && (
          <>
            {' '}
            — <span data-testid="import-error-position">line {error.line}{error.col !== undefined ? `, column ${error.col}` : ''}</span>
          </>
        )}
      </p>
      {error.snippet !== undefined && (
        <pre className="code import-snippet" aria-label="The line with the problem">
          {error.snippet}
          {error.col !== undefined && `\n${' '.repeat(Math.max(0, error.col - 1))}^`}
        </pre>
      )}
      <p>{error.message}</p>
      <p className="hint">Nothing was changed.</p>
    </div>
  );
}
