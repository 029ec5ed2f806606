import {
  HTTPS_PATHS, LETSENCRYPT_SERVERS, httpsMode, routedThroughCluster, setHttpsMode, setIssuerName, setTlsSecretName, tlsSecretName, type HttpsMode,
} from '../../core/features/https.ts';
import { getIn } from '../../core/model/paths.ts';
import { effective, setCertManager, setValue } from '../../core/model/updates.ts';
import { FieldMessages, RadioGroup, TextField, Toggle, type Choice } from '../components/Field.tsx';
import { FieldForm } from '../components/FieldForm.tsx';
import { ProblemText } from '../components/ProblemText.tsx';
import { Section } from '../components/Section.tsx';
import { StringListField } from '../components/StringListField.tsx';
import { useProblems } from '../state/problems.tsx';
import { useWizardSlice, type Slice } from '../state/wizard-context.tsx';
import { orUnset, strings, text } from './field-helpers.ts';

/** The parts of the setup this section reads; it re-renders only when they change. */
// Typing an ingress host does not re-render this section: it reads the ingress only through
// the HTTPS mode, whether traffic is routed, and the TLS secret's name.
const SLICE: Slice = {
  values: ['httpRoute', 'proxy'],
  meta: ['certManager'],
  derive: (s) => [httpsMode(s), routedThroughCluster(s), tlsSecretName(s), s.values.ingress === undefined],
};

const modes: Choice<HttpsMode>[] = [
  { value: 'none', label: 'None', description: 'Plain HTTP, or TLS ends before the cluster (a cloud load balancer).' },
  { value: 'cert-manager', label: "cert-manager + Let's Encrypt (Ingress)", description: 'cert-manager gets and renews the certificate for the Ingress. The usual choice with an Ingress.' },
  { value: 'ingress-secret', label: 'Existing TLS secret (Ingress)', description: 'The Ingress serves a certificate you keep in a Secret yourself.' },
  { value: 'auto', label: "The chart's automatic HTTPS (no Ingress)", description: "The chart's own Traefik gets a Let's Encrypt certificate. Not with an Ingress or HTTPRoute." },
  { value: 'manual', label: 'Certificate and key pasted here (proxy)', description: 'proxy.https type manual: the proxy serves this certificate.' },
  { value: 'proxy-secret', label: 'Existing TLS secret (proxy)', description: 'proxy.https type secret: the proxy serves a certificate from a Secret.' },
  { value: 'offload', label: 'TLS ends at the load balancer (offload)', description: 'proxy.https type offload: port 443 on the proxy-public service, plain HTTP behind it.' },
];

const DOCS = 'https://z2jh.jupyter.org/en/stable/administrator/security.html#https';

export function HttpsSection() {
  const { state, apply } = useWizardSlice(SLICE);
  const problems = useProblems();
  const mode = httpsMode(state);
  const cm = state.certManager;
  return (
    <Section id="https" title="HTTPS" summary="How browsers reach JupyterHub securely.">
      <RadioGroup legend="HTTPS mode" value={mode} choices={modes} onChange={(m) => apply(setHttpsMode(m))} />
      {/* validation's rule (features/https.ts autoHttpsRendered + clusterRoutes), shown beside the choice */}
      {problems.at(['proxy', 'https', 'enabled'])?.map((p) => (
        <p key={p.code} className={`callout callout-${p.severity}`} role="alert"><ProblemText text={p.message} /></p>
      ))}
      {mode === 'cert-manager' && (
        <div className="subsection">
          <p className="hint">
            Let's Encrypt can only issue once your DNS names point at the ingress controller's address. <a href={DOCS} target="_blank" rel="noreferrer">Docs</a>
          </p>
          <div className="inline-fields">
            <TextField label="ClusterIssuer name" value={cm.issuerName} problems={problems.at(['ingress', 'annotations', 'cert-manager.io/cluster-issuer'])}
              onChange={(v) => apply(setIssuerName(v), 'cm.issuer')} />
            <TextField label="E-mail for Let's Encrypt" type="email" value={cm.email} placeholder="admin@example.org" problems={problems.setting('certManager.email')}
              onChange={(v) => apply(setCertManager({ email: v }), 'cm.email')} />
            <TextField label="Solver ingress class" value={cm.solverIngressClass} placeholder="nginx" problems={problems.setting('certManager.solverIngressClass')}
              onChange={(v) => apply(setCertManager({ solverIngressClass: v }), 'cm.class')} />
            <TextField label="Certificate secret name" value={tlsSecretName(state)} problems={problems.at(['ingress', 'tls', 0, 'secretName'])}
              onChange={(v) => apply(setTlsSecretName(v), 'tls.secret')} />
          </div>
          <RadioGroup legend="Let's Encrypt server" value={cm.acmeServer}
            choices={[{ value: 'production', label: 'Production' }, { value: 'staging', label: 'Staging (for trying things out: untrusted certificates, high rate limits)' }]}
            onChange={(v) => apply(setCertManager({ acmeServer: v }))} />
          <p className="hint">The ClusterIssuer is on the Manifests tab; the command that installs cert-manager is under Next steps.</p>
        </div>
      )}
      {mode === 'ingress-secret' && (
        <TextField label="TLS secret name" value={tlsSecretName(state)} placeholder="jupyterhub-tls" problems={problems.at(['ingress', 'tls', 0, 'secretName'])}
          hint="A Secret of type kubernetes.io/tls in the release's namespace." onChange={(v) => apply(setTlsSecretName(v), 'tls.secret')} />
      )}
      {mode === 'auto' && (
        <div className="subsection">
          <StringListField label="HTTPS host" items={strings(getIn(state.values, HTTPS_PATHS.autoHosts))} addLabel="Add HTTPS host" placeholder="hub.example.org"
            emptyNote="Without hosts, automatic HTTPS stays off." problemsAt={(i) => problems.at([...HTTPS_PATHS.autoHosts, i])}
            onChange={(h) => apply(setValue(HTTPS_PATHS.autoHosts, h), 'https.hosts')} />
          <TextField label="Contact e-mail for Let's Encrypt" type="email" value={text(getIn(state.values, HTTPS_PATHS.contactEmail))} placeholder="admin@example.org"
            problems={problems.at(HTTPS_PATHS.contactEmail)} onChange={(v) => apply(setValue(HTTPS_PATHS.contactEmail, orUnset(v)), 'https.email')} />
          <RadioGroup legend="Let's Encrypt server"
            value={effective(state, HTTPS_PATHS.acmeServer) === LETSENCRYPT_SERVERS.staging ? 'staging' : 'production'}
            choices={[{ value: 'production', label: 'Production' }, { value: 'staging', label: 'Staging (untrusted certificates, for trying things out)' }]}
            onChange={(v) => apply(setValue(HTTPS_PATHS.acmeServer, LETSENCRYPT_SERVERS[v]))} />
        </div>
      )}
      {mode === 'manual' && (
        <div className="subsection">
          <PemField label="Certificate (PEM)" path={HTTPS_PATHS.manualCert} />
          <PemField label="Private key (PEM)" path={HTTPS_PATHS.manualKey} />
        </div>
      )}
      {mode === 'proxy-secret' && (
        <div className="inline-fields">
          <TextField label="Secret name" value={text(getIn(state.values, HTTPS_PATHS.secretName))} problems={problems.at(HTTPS_PATHS.secretName)}
            onChange={(v) => apply(setValue(HTTPS_PATHS.secretName, orUnset(v)), 'https.secret')} />
          <TextField label="Key entry" value={text(effective(state, HTTPS_PATHS.secretKey))} onChange={(v) => apply(setValue(HTTPS_PATHS.secretKey, v), 'https.secret.key')} />
          <TextField label="Certificate entry" value={text(effective(state, HTTPS_PATHS.secretCrt))} onChange={(v) => apply(setValue(HTTPS_PATHS.secretCrt, v), 'https.secret.crt')} />
        </div>
      )}
      {routedThroughCluster(state) && (
        <Toggle label="Make proxy-public a ClusterIP service" checked={effective(state, HTTPS_PATHS.serviceType) === 'ClusterIP'}
          onChange={(on) => apply(setValue(HTTPS_PATHS.serviceType, on ? 'ClusterIP' : 'LoadBalancer'))}
          hint="Traffic arrives through the Ingress or Gateway, so the proxy needs no load balancer (and no public IP) of its own." />
      )}
    </Section>
  );
}

function PemField({ label, path }: { label: string; path: readonly string[] }) {
  const { state, apply } = useWizardSlice(SLICE);
  const problems = useProblems();
  return (
    <FieldForm className="field">
      <label htmlFor={`pem-${path.join('-')}`}>{label}</label>
      <textarea id={`pem-${path.join('-')}`} className="yaml-input" rows={4} spellCheck={false} value={text(getIn(state.values, path))}
        placeholder="-----BEGIN ..." onChange={(e) => apply(setValue(path, orUnset(e.target.value)), path.join('.'))} />
      <FieldMessages id={`pem-${path.join('-')}-msg`} problems={problems.at(path)} />
    </FieldForm>
  );
}
