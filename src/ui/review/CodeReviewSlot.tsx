import { useTheme } from '../state/theme.tsx';
import { useWizardSlice, type Slice } from '../state/wizard-context.tsx';
import { CodeReviewPanel } from './CodeReviewPanel.tsx';

// re-renders when the list of code waiting for review changes, not on each edit
const REVIEW: Slice = { values: [], same: (a, b) => a.review === b.review };

/** The review panel, while code that came with a link or an import waits for the admin. */
export function CodeReviewSlot() {
  const { state } = useWizardSlice(REVIEW);
  const { theme } = useTheme();
  if (!state.review?.length) return null;
  return <CodeReviewPanel theme={theme} />;
}
