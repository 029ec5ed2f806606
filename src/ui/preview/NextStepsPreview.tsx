import { useCallback, useMemo, useState } from 'react';
import type { WizardState } from '../../core/model/state.ts';
import { nextSteps } from '../../core/next-steps/index.ts';
import { NextStepsItem } from './NextStepsItem.tsx';

/** What to run after downloading config.yaml, as a checklist the admin ticks off (kept in the page only). */
export function NextStepsPreview({ state }: { state: WizardState }) {
  const steps = useMemo(() => nextSteps(state), [state]);
  const [done, setDone] = useState<ReadonlySet<string>>(() => new Set());
  const toggle = useCallback((id: string) => setDone((d) => {
    const next = new Set(d);
    if (!next.delete(id)) next.add(id);
    return next;
  }), []);
  const doneCount = steps.filter((s) => done.has(s.id)).length;
  return (
    <div className="preview-pane next-steps" data-testid="next-steps">
      <div className="preview-actions">
        <span className="count" aria-live="polite">{doneCount} of {steps.length} done</span>
      </div>
      <ol className="steps">
        {steps.map((s) => (
          <NextStepsItem key={s.id} step={s} done={done.has(s.id)} onToggle={toggle} />
        ))}
      </ol>
    </div>
  );
}
