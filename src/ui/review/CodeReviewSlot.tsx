import { Suspense } from 'react';
import { CodeReviewPanel } from '../lazy-later.ts';
import { useWizardSlice, type Slice } from '../state/wizard-context.tsx';

// re-renders when the list of code waiting for review changes, not on each edit
const REVIEW: Slice = { values: [], same: (a, b) => a.review === b.review };

/** Where the review panel shows while code that arrived waits for the admin (its code loads then). */
export function CodeReviewSlot() {
  const { state } = useWizardSlice(REVIEW);
  if (!state.review?.length) return null;
  return (
    <Suspense fallback={<p className="hint code-review-loading">{state.review.length === 1 ? '1 piece' : `${state.review.length} pieces`} of code wait for your review…</p>}>
      <CodeReviewPanel />
    </Suspense>
  );
}
