import { useMemo } from 'react';
import type { ImportErrorInfo } from '../../core/restore/types.ts';
import { useEngine } from '../engine/load-engine.ts';

/**
 * Why the kept draft does not read, through the same restore as the typing (null without a draft,
 * and until the engine has loaded: it is there by the time anyone typed; after a reload it loads
 * soon after the first paint).
 */
export function useDraftError(draft: string | undefined, wrapperPath: readonly string[]): ImportErrorInfo | null {
  const engine = useEngine();
  return useMemo(() => {
    if (draft === undefined || !engine) return null;
    const result = engine.restore({ kind: 'text', text: draft, keepWrapper: wrapperPath });
    return result.ok ? null : result.error;
  }, [draft, engine, wrapperPath]);
}
