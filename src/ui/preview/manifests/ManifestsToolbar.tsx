import { memo, useId } from 'react';
import { CopyButton } from '../CopyButton.tsx';

/**
 * Counts, the filter box, fold-all buttons, and the whole stream's Download and Copy. Memoized:
 * with stable handlers it re-renders only when a count or the filter changes, not per keystroke.
 */
export const ManifestsToolbar = memo(function ManifestsToolbar({
  total,
  shown,
  applyYourself,
  filter,
  onFilter,
  onExpandAll,
  onCollapseAll,
  onDownload,
  allText,
}: {
  total: number;
  shown: number;
  /** resources the admin applies next to the chart (the cert-manager issuer) */
  applyYourself: number;
  filter: string;
  onFilter(query: string): void;
  onExpandAll(): void;
  onCollapseAll(): void;
  onDownload(): void;
  /** the manifests.yaml text, computed only when asked for */
  allText(): string;
}) {
  const filterId = useId();
  const empty = total === 0;
  return (
    <div className="manifests-toolbar">
      <div className="preview-actions">
        <span className="count" data-testid="manifests-count">
          {shown === total ? `${total} resources` : `${shown} of ${total} resources`}
          {applyYourself > 0 && ` + ${applyYourself} to apply yourself`}
        </span>
        <button type="button" onClick={onDownload} disabled={empty}>
          Download manifests.yaml
        </button>
        <CopyButton text={allText} disabled={empty} label="Copy all manifests">
          Copy all
        </CopyButton>
      </div>
      <div className="manifests-filter">
        <label htmlFor={filterId}>Filter</label>
        <input id={filterId} type="search" value={filter} placeholder="Kind or name, e.g. Deployment or hub" spellCheck={false}
          onChange={(e) => onFilter(e.target.value)} />
        <button type="button" onClick={onExpandAll}>Expand all</button>
        <button type="button" onClick={onCollapseAll}>Collapse all</button>
      </div>
    </div>
  );
});
