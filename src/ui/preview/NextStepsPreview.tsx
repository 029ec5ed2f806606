import { useMemo } from 'react';
import type { WizardState } from '../../core/model/state.ts';
import { nextSteps } from '../../core/next-steps/index.ts';
import { NextStepsItem } from './NextStepsItem.tsx';
import { useStepsDone } from './use-steps-done.ts';

/** What to run after downloading config.yaml, as a checklist the admin ticks off (kept across reloads). */
export function NextStepsPreview({ state }: { state: WizardState }) {
  const steps = useMemo(() => nextSteps(state), [state]);
  const [done, toggle] = useStepsDone();
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
