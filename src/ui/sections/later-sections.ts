// The sections after the Ingress: loaded right after the first paint (App.tsx), so the page is
// usable before their code has arrived.
export { HttpsSection } from './HttpsSection.tsx';
export { HubExtraSection } from './HubExtraSection.tsx';
export { PrePullerSection } from './PrePullerSection.tsx';
export { SchedulingSection } from './SchedulingSection.tsx';
