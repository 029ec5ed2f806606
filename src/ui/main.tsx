import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { ThemeProvider } from './state/theme.tsx';
import { WizardProvider } from './state/wizard-context.tsx';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ThemeProvider>
      <WizardProvider>
        <App />
      </WizardProvider>
    </ThemeProvider>
  </StrictMode>,
);
