import { lazy, Suspense, useEffect } from 'react';
import { ErrorBoundary } from './components/ErrorBoundary.tsx';
import { preloadEngineAfterPaint } from './engine/load-engine.ts';
import { ProblemsSummary } from './components/ProblemsSummary.tsx';
import { Header } from './Header.tsx';
import { PreviewPanel } from './preview/PreviewPanel.tsx';
import { IngressSection } from './sections/IngressSection.tsx';
import { PresetsBar } from './sections/PresetsBar.tsx';
import { ReleaseSection } from './sections/ReleaseSection.tsx';
import { WorkNotices } from './share/WorkNotices.tsx';
import { ProblemsProvider } from './state/problems.tsx';
import { useAfterFirstPaint } from './components/use-after-first-paint.ts';

const later = () => import('./sections/later-sections.ts');
const HttpsSection = lazy(() => later().then((m) => ({ default: m.HttpsSection })));
const SchedulingSection = lazy(() => later().then((m) => ({ default: m.SchedulingSection })));
const PrePullerSection = lazy(() => later().then((m) => ({ default: m.PrePullerSection })));
const HubExtraSection = lazy(() => later().then((m) => ({ default: m.HubExtraSection })));
const SignInSection = lazy(() => later().then((m) => ({ default: m.SignInSection })));
const UserEnvironmentSection = lazy(() => later().then((m) => ({ default: m.UserEnvironmentSection })));
const StorageSection = lazy(() => later().then((m) => ({ default: m.StorageSection })));
const CullingSection = lazy(() => later().then((m) => ({ default: m.CullingSection })));
const CodeReviewSlot = lazy(() => later().then((m) => ({ default: m.CodeReviewSlot })));

// Each area sits in its own error boundary: a bug in one never blanks the page or loses the work.
// The first two paint with the page; the others load their code right after (later-sections.ts).
const firstSections = [
  ['Release', ReleaseSection],
  ['The Ingress section', IngressSection],
] as const;
const laterSections = [
  ['The HTTPS section', HttpsSection],
  ['The sign-in section', SignInSection],
  ['The user environments section', UserEnvironmentSection],
  ['The storage section', StorageSection],
  ['The Scheduling section', SchedulingSection],
  ['The pre-puller section', PrePullerSection],
  ['The culling section', CullingSection],
  ['The hub extra config section', HubExtraSection],
] as const;

// App itself reads no state: it renders once, and each section subscribes to its own part.
export function App() {
  // The engine (renderer, validator, permalinks) loads once the app is on screen.
  useEffect(preloadEngineAfterPaint, []);
  const painted = useAfterFirstPaint();
  return (
    <ProblemsProvider>
      <a className="skip-link" href="#preview">Skip to the preview</a>
      <Header />
      <WorkNotices />
      {painted && (
        <ErrorBoundary name="The code review">
          <Suspense fallback={null}>
            <CodeReviewSlot />
          </Suspense>
        </ErrorBoundary>
      )}
      <main className="layout">
        <div className="forms" aria-label="Settings">
          <PresetsBar />
          <ProblemsSummary />
          {firstSections.map(([name, Section]) => (
            <ErrorBoundary key={name} name={name}>
              <Section />
            </ErrorBoundary>
          ))}
          {painted && (
            <Suspense fallback={<p className="hint sections-loading">Loading the other sections…</p>}>
              {laterSections.map(([name, Section]) => (
                <ErrorBoundary key={name} name={name}>
                  <Section />
                </ErrorBoundary>
              ))}
            </Suspense>
          )}
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
