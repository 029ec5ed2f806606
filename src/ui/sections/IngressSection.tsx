import { ingressEnabled, ingressHosts, setIngressEnabled, setIngressHosts } from '../../core/features/ingress.ts';
import { Toggle } from '../components/Field.tsx';
import { Section } from '../components/Section.tsx';
import { StringListField } from '../components/StringListField.tsx';
import { useProblems } from '../state/problems.tsx';
import { useWizard } from '../state/wizard-context.tsx';

export function IngressSection() {
  const { state, apply } = useWizard();
  const problems = useProblems();
  const enabled = ingressEnabled(state);
  return (
    <Section id="ingress" title="Ingress" summary="Route traffic to JupyterHub through the cluster's ingress controller.">
      <Toggle label="Enable an Ingress" checked={enabled} onChange={(on) => apply(setIngressEnabled(on))} />
      {enabled && (
        <StringListField
          label="Host"
          items={ingressHosts(state)}
          addLabel="Add host"
          placeholder="hub.example.org"
          emptyNote="No hosts: one rule that answers every host name."
          problemsAt={(i) => problems.at(['ingress', 'hosts', i])}
          onChange={(hosts) => apply(setIngressHosts(hosts), 'ingress.hosts')}
        />
      )}
    </Section>
  );
}
