// The sections after the Ingress: loaded right after the first paint (App.tsx), so the page is
// usable before their code has arrived.
export { CullingSection } from './CullingSection.tsx';
export { HttpsSection } from './HttpsSection.tsx';
export { HubExtraSection } from './HubExtraSection.tsx';
export { PrePullerSection } from './PrePullerSection.tsx';
export { SchedulingSection } from './SchedulingSection.tsx';
export { SignInSection } from './SignInSection.tsx';
export { StorageSection } from './StorageSection.tsx';
export { UserEnvironmentSection } from './UserEnvironmentSection.tsx';
// the review of code that came with a link or an import (shown only while some waits)
export { CodeReviewSlot } from '../review/CodeReviewSlot.tsx';
import './later-sections.css';
