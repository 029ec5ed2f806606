import { httpsMode, setHttpsMode, type HttpsMode } from '../../core/features/https.ts';
import { RadioGroup, type Choice } from '../components/Field.tsx';
import { Section } from '../components/Section.tsx';
import { useWizard } from '../state/wizard-context.tsx';

const modes: Choice<HttpsMode>[] = [
  { value: 'none', label: 'None', description: 'Plain HTTP, or TLS handled outside the cluster.' },
  { value: 'cert-manager', label: "cert-manager + Let's Encrypt (Ingress)", description: 'cert-manager gets and renews the certificate for the Ingress.' },
  { value: 'ingress-secret', label: 'Existing TLS secret (Ingress)', description: 'The Ingress serves a certificate you already have.' },
  { value: 'auto', label: "Chart's automatic HTTPS (no Ingress)", description: "The chart's own Traefik gets a Let's Encrypt certificate." },
];

export function HttpsSection() {
  const { state, apply } = useWizard();
  return (
    <Section id="https" title="HTTPS" summary="How browsers reach JupyterHub securely.">
      <RadioGroup legend="HTTPS mode" value={httpsMode(state)} choices={modes} onChange={(m) => apply(setHttpsMode(m))} />
    </Section>
  );
}
