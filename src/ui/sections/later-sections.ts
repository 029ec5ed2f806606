// The sections after the Ingress: loaded right after the first paint (App.tsx), so the page is
// usable before their code has arrived.
export { HttpsSection } from './HttpsSection.tsx';
export { HubExtraSection } from './HubExtraSection.tsx';
export { PrePullerSection } from './PrePullerSection.tsx';
export { SchedulingSection } from './SchedulingSection.tsx';
// the review of code that came with a link or an import (shown only while some waits)
export { CodeReviewSlot } from '../review/CodeReviewSlot.tsx';
