import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadEngine } from './engine/load-engine.ts';
import { hasStoredWork } from './state/stored-work.ts';
import { isLinkFragment } from './share/address-bar.ts';
import { fragmentOf, openWork } from './share/opening.ts';
import { quietTextFieldScrolls } from './quiet-field-scrolls.ts';
import { WorkSession } from './share/WorkSession.tsx';
import { ThemeProvider } from './state/theme.tsx';
import { WizardProvider } from './state/wizard-context.tsx';
import './styles.css';

// A link in the address, or work stored in this browser, is untrusted input that only the engine's
// full restore reads: wait for it then. A first visit paints at once and the engine loads right after.
// Not a top-level await: the engine's chunk imports from the chunk this module is bundled in, so
// that import would wait for this module to finish evaluating, while this module waits for it.
async function start(): Promise<void> {
  if (isLinkFragment(fragmentOf(location.href)) || hasStoredWork()) await loadEngine();

  quietTextFieldScrolls();

  /** the link in the address, else the work saved in this browser, else a new setup */
  const opening = openWork(location.href);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ThemeProvider>
        <WizardProvider initial={opening.state} steps={opening.steps}>
          <WorkSession opening={opening}>
            <App />
          </WorkSession>
        </WizardProvider>
      </ThemeProvider>
    </StrictMode>,
  );
}

void start();
