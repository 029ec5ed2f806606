import { Header } from './Header.tsx';
import { HttpsSection } from './sections/HttpsSection.tsx';
import { HubExtraSection } from './sections/HubExtraSection.tsx';
import { IngressSection } from './sections/IngressSection.tsx';
import { PrePullerSection } from './sections/PrePullerSection.tsx';
import { SchedulingSection } from './sections/SchedulingSection.tsx';
import { PreviewPanel } from './preview/PreviewPanel.tsx';
import { ReleaseSection } from './sections/ReleaseSection.tsx';
import { ProblemsSummary } from './components/ProblemsSummary.tsx';
import { ProblemsProvider } from './state/problems.tsx';
import { useWizard } from './state/wizard-context.tsx';

export function App() {
  const { state } = useWizard();
  return (
    <ProblemsProvider state={state}>
      <Header />
      <main className="layout">
        <div className="forms" aria-label="Settings">
          <ProblemsSummary />
          <ReleaseSection />
          <IngressSection />
          <HttpsSection />
          <SchedulingSection />
          <PrePullerSection />
          <HubExtraSection />
        </div>
        <PreviewPanel />
      </main>
    </ProblemsProvider>
  );
}
