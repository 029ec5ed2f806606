import { httpsMode } from '../../core/features/https.ts';
import { HTTPROUTE_PATHS } from '../../core/features/httproute.ts';
import {
  INGRESS_PATHS, PATH_TYPES, ingressEnabled, ingressHosts, setIngressEnabled, setIngressHosts, setStringMap, setTlsEntries, stringMap, tlsEntries,
} from '../../core/features/ingress.ts';
import { getIn } from '../../core/model/paths.ts';
import { effective, setValue } from '../../core/model/updates.ts';
import { FieldMessages, TextField, Toggle } from '../components/Field.tsx';
import { FieldForm } from '../components/FieldForm.tsx';
import { KeyValueField } from '../components/KeyValueField.tsx';
import { Section } from '../components/Section.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { StringListField } from '../components/StringListField.tsx';
import { YamlField } from '../components/YamlField.tsx';
import { useProblems } from '../state/problems.tsx';
import { pathsSlice, useStateGetter, useWizardSlice } from '../state/wizard-context.tsx';
import { orUnset, strings, text } from './field-helpers.ts';

const DOCS = 'https://z2jh.jupyter.org/en/stable/administrator/advanced.html#ingress';

// Each part of the section subscribes to exactly the values it shows, so a keystroke in one field
// re-renders that part only (typing a host used to re-render, and re-write to the DOM, every
// input of the section).
const SWITCHES = pathsSlice([INGRESS_PATHS.enabled, HTTPROUTE_PATHS.enabled]);
const HOSTS = pathsSlice([INGRESS_PATHS.hosts]);
const ROUTING = pathsSlice([INGRESS_PATHS.ingressClassName, INGRESS_PATHS.pathType, INGRESS_PATHS.pathSuffix]);
const ANNOTATIONS = pathsSlice([INGRESS_PATHS.annotations]);
const EXTRA_PATHS = pathsSlice([INGRESS_PATHS.extraPaths]);
const TLS = pathsSlice([INGRESS_PATHS.tls], (s) => [httpsMode(s)]);
const ROUTE = pathsSlice([
  HTTPROUTE_PATHS.hostnames, HTTPROUTE_PATHS.gatewayName, HTTPROUTE_PATHS.gatewayNamespace, HTTPROUTE_PATHS.sectionName, HTTPROUTE_PATHS.annotations,
]);

const PATH_TYPE_OPTIONS = PATH_TYPES.map((t) => ({ value: t, label: t }));
const INGRESS_HINT = (
  <>An Ingress does nothing without an ingress controller (ingress-nginx, Traefik, a cloud's own) running in the cluster. <a href={DOCS} target="_blank" rel="noreferrer">Docs</a></>
);

export function IngressSection() {
  const { state, apply } = useWizardSlice(SWITCHES);
  const enabled = ingressEnabled(state);
  const routeOn = effective(state, HTTPROUTE_PATHS.enabled) === true;
  return (
    <Section id="ingress" title="Ingress" summary="Route traffic to JupyterHub through the cluster's ingress controller, or a Gateway API route.">
      <Toggle label="Enable an Ingress" checked={enabled} onChange={(on) => apply(setIngressEnabled(on))} hint={INGRESS_HINT} />
      {enabled && (
        <>
          <IngressHosts />
          <IngressRouting />
          <IngressAnnotations />
          <TlsEntries />
          <IngressExtraPaths />
        </>
      )}
      <div className="subsection">
        <h3>Gateway API</h3>
        <Toggle label="Enable an HTTPRoute" checked={routeOn} onChange={(on) => apply(setValue(HTTPROUTE_PATHS.enabled, on))}
          hint="The Gateway API replaces Ingress (ingress-nginx is retired). The route attaches to a Gateway you run; TLS is set on the Gateway's listener." />
        {routeOn && <HttpRouteFields />}
      </div>
    </Section>
  );
}

function IngressHosts() {
  const { state, apply } = useWizardSlice(HOSTS);
  const problems = useProblems();
  return (
    <StringListField
      label="Host"
      items={ingressHosts(state)}
      addLabel="Add host"
      placeholder="hub.example.org"
      emptyNote="No hosts: one rule that answers every host name."
      problemsAt={(i) => problems.at(['ingress', 'hosts', i])}
      onChange={(hosts) => apply(setIngressHosts(hosts), 'ingress.hosts')}
    />
  );
}

function IngressRouting() {
  const { state, apply } = useWizardSlice(ROUTING);
  const problems = useProblems();
  return (
    <div className="inline-fields">
      <TextField label="Ingress class" value={text(getIn(state.values, INGRESS_PATHS.ingressClassName))} placeholder="nginx"
        hint="Empty: the cluster's default class." problems={problems.at(INGRESS_PATHS.ingressClassName)}
        onChange={(v) => apply(setValue(INGRESS_PATHS.ingressClassName, orUnset(v)), 'ingress.class')} />
      <SelectField label="Path type" value={text(effective(state, INGRESS_PATHS.pathType)) as (typeof PATH_TYPES)[number]}
        options={PATH_TYPE_OPTIONS} onChange={(v) => apply(setValue(INGRESS_PATHS.pathType, v))} />
      <TextField label="Path suffix" value={text(getIn(state.values, INGRESS_PATHS.pathSuffix))} placeholder="*"
        hint="Appended to the hub's base URL in each rule's path." problems={problems.at(INGRESS_PATHS.pathSuffix)}
        onChange={(v) => apply(setValue(INGRESS_PATHS.pathSuffix, orUnset(v)), 'ingress.pathSuffix')} />
    </div>
  );
}

function IngressAnnotations() {
  const { state, apply } = useWizardSlice(ANNOTATIONS);
  const problems = useProblems();
  return (
    <KeyValueField label="Annotation" addLabel="Add annotation" keyPlaceholder="nginx.ingress.kubernetes.io/proxy-body-size" valuePlaceholder="64m"
      rows={stringMap(getIn(state.values, INGRESS_PATHS.annotations))}
      problemsAt={(k) => problems.at([...INGRESS_PATHS.annotations, k])}
      onChange={(rows) => apply(setStringMap(INGRESS_PATHS.annotations, rows), 'ingress.annotations')} />
  );
}

function IngressExtraPaths() {
  const { state, apply } = useWizardSlice(EXTRA_PATHS);
  const problems = useProblems();
  return (
    <YamlField label="Extra paths (ingress.extraPaths)" expect="list" value={getIn(state.values, INGRESS_PATHS.extraPaths)}
      placeholder={'- path: /metrics\n  pathType: Prefix\n  backend:\n    service:\n      name: my-service\n      port:\n        number: 8080'}
      hint="Added after the hub's path in every rule." problems={problems.under(INGRESS_PATHS.extraPaths)}
      onValue={(v) => apply(setValue(INGRESS_PATHS.extraPaths, v), 'ingress.extraPaths')} rows={3} />
  );
}

function HttpRouteFields() {
  const { state, apply } = useWizardSlice(ROUTE);
  const problems = useProblems();
  return (
    <>
      <StringListField label="Hostname" items={strings(getIn(state.values, HTTPROUTE_PATHS.hostnames))} addLabel="Add hostname" placeholder="hub.example.org"
        emptyNote="No hostnames: the route takes what the Gateway's listener accepts."
        problemsAt={(i) => problems.at([...HTTPROUTE_PATHS.hostnames, i])}
        onChange={(h) => apply(setValue(HTTPROUTE_PATHS.hostnames, h), 'httpRoute.hostnames')} />
      <div className="inline-fields">
        <TextField label="Gateway name" value={text(effective(state, HTTPROUTE_PATHS.gatewayName))} problems={problems.at(HTTPROUTE_PATHS.gatewayName)}
          onChange={(v) => apply(setValue(HTTPROUTE_PATHS.gatewayName, v), 'httpRoute.gateway.name')} />
        <TextField label="Gateway namespace" value={text(getIn(state.values, HTTPROUTE_PATHS.gatewayNamespace))} placeholder="kube-system"
          problems={problems.at(HTTPROUTE_PATHS.gatewayNamespace)}
          onChange={(v) => apply(setValue(HTTPROUTE_PATHS.gatewayNamespace, orUnset(v)), 'httpRoute.gateway.namespace')} />
        <TextField label="Listener (sectionName)" value={text(getIn(state.values, HTTPROUTE_PATHS.sectionName))} placeholder="https"
          problems={problems.at(HTTPROUTE_PATHS.sectionName)}
          onChange={(v) => apply(setValue(HTTPROUTE_PATHS.sectionName, orUnset(v)), 'httpRoute.gateway.sectionName')} />
      </div>
      <KeyValueField label="Route annotation" addLabel="Add route annotation" rows={stringMap(getIn(state.values, HTTPROUTE_PATHS.annotations))}
        problemsAt={(k) => problems.at([...HTTPROUTE_PATHS.annotations, k])}
        onChange={(rows) => apply(setStringMap(HTTPROUTE_PATHS.annotations, rows), 'httpRoute.annotations')} />
    </>
  );
}

function TlsEntries() {
  const { state, apply } = useWizardSlice(TLS);
  const latest = useStateGetter();
  const problems = useProblems();
  const entries = tlsEntries(state);
  if (httpsMode(state) === 'cert-manager') {
    return <p className="hint">TLS: one entry for every host, kept in step by the cert-manager choice under HTTPS.</p>;
  }
  if (entries === null) {
    return <YamlField label="TLS (ingress.tls)" expect="list" value={getIn(state.values, INGRESS_PATHS.tls)} problems={problems.under(INGRESS_PATHS.tls)}
      onValue={(v) => apply(setValue(INGRESS_PATHS.tls, v), 'ingress.tls')} />;
  }
  const write = (next: typeof entries) => apply(setTlsEntries(next), 'ingress.tls');
  return (
    <fieldset className="field list-field">
      <legend>TLS</legend>
      <ol className="rows">
        {entries.map((e, i) => (
          <li key={i}>
            <FieldForm className="row">
            <input aria-label={`TLS ${i + 1} hosts`} value={e.hosts.join(', ')} placeholder="hub.example.org, www.example.org" spellCheck={false}
              onChange={(ev) => write(entries.map((x, j) => (j === i ? { ...x, hosts: ev.target.value.split(/\s*,\s*/).filter((h, k, all) => h !== '' || k === all.length - 1) } : x)))} />
            <input aria-label={`TLS ${i + 1} secret name`} value={e.secretName} placeholder="jupyterhub-tls" spellCheck={false}
              onChange={(ev) => write(entries.map((x, j) => (j === i ? { ...x, secretName: ev.target.value } : x)))} />
            <button type="button" className="icon" aria-label={`Remove TLS ${i + 1}`} onClick={() => write(entries.filter((_, j) => j !== i))}>✕</button>
            <FieldMessages id={`tls-${i}-msg`} problems={problems.under([...INGRESS_PATHS.tls, i])} />
            </FieldForm>
          </li>
        ))}
      </ol>
      <button type="button" className="add" onClick={() => write([...entries, { hosts: ingressHosts(latest()), secretName: '' }])}>Add TLS entry</button>
    </fieldset>
  );
}
