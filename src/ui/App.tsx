import { useEffect } from 'react';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { preloadEngineAfterPaint } from './engine/load-engine.ts';
import { ProblemsSummary } from './components/ProblemsSummary.tsx';
import { Header } from './Header.tsx';
import { PreviewPanel } from './preview/PreviewPanel.tsx';
import { HttpsSection } from './sections/HttpsSection.tsx';
import { HubExtraSection } from './sections/HubExtraSection.tsx';
import { IngressSection } from './sections/IngressSection.tsx';
import { PrePullerSection } from './sections/PrePullerSection.tsx';
import { PresetsBar } from './sections/PresetsBar.tsx';
import { ReleaseSection } from './sections/ReleaseSection.tsx';
import { WorkNotices } from './share/WorkNotices.tsx';
import { SchedulingSection } from './sections/SchedulingSection.tsx';
import { ProblemsProvider } from './state/problems.tsx';

// Each area sits in its own error boundary: a bug in one never blanks the page or loses the work.
const sections = [
  ['Release', ReleaseSection],
  ['The Ingress section', IngressSection],
  ['The HTTPS section', HttpsSection],
  ['The Scheduling section', SchedulingSection],
  ['The pre-puller section', PrePullerSection],
  ['The hub extra config section', HubExtraSection],
] as const;

// App itself reads no state: it renders once, and each section subscribes to its own part.
export function App() {
  // The engine (renderer, validator, permalinks) loads once the app is on screen.
  useEffect(preloadEngineAfterPaint, []);
  return (
    <ProblemsProvider>
      <a className="skip-link" href="#preview">Skip to the preview</a>
      <Header />
      <WorkNotices />
      <main className="layout">
        <div className="forms" aria-label="Settings">
          <PresetsBar />
          <ProblemsSummary />
          {sections.map(([name, Section]) => (
            <ErrorBoundary key={name} name={name}>
              <Section />
            </ErrorBoundary>
          ))}
        </div>
        <div id="preview" className="preview-column" tabIndex={-1}>
          <ErrorBoundary name="The preview">
            <PreviewPanel />
          </ErrorBoundary>
        </div>
      </main>
    </ProblemsProvider>
  );
}
