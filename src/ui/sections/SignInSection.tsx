import {
  BASE_SECTION, PROVIDERS, allowAll, authenticatorClassOf, providerOf, setAllowAll, setProvider, setSetting, setting, settingList, settingPath, suggestedCallbackUrl,
  type Provider, type ProviderId,
} from '../../core/features/sign-in.ts';
import { FieldMessages, TextField, Toggle } from '../components/Field.tsx';
import { NamesField } from '../components/NamesField.tsx';
import { Section } from '../components/Section.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { useProblems } from '../state/problems.tsx';
import { pathsSlice, useStateGetter, useWizardSlice } from '../state/wizard-context.tsx';
import { text } from './field-helpers.ts';

const CONFIG_PATH = ['hub', 'config'];
/**
 * The parts of the setup this section reads: hub.config alone. The host and base URL matter only
 * to the OAuth callback URL, whose field subscribes to them itself (CallbackUrl): a keystroke in an
 * ingress host re-renders that field, and nothing of the section for a provider without OAuth.
 */
const SLICE = pathsSlice([CONFIG_PATH]);
/** the callback URL field: hub.config, and the URL the host and hub.baseUrl suggest */
const CALLBACK_SLICE = pathsSlice([CONFIG_PATH], (s) => [suggestedCallbackUrl(s)]);

const AUTH_PATH = ['hub', 'config', 'JupyterHub', 'authenticator_class'];
const DOCS = 'https://z2jh.jupyter.org/en/stable/administrator/authentication.html';
const OTHER = 'other';

export function SignInSection() {
  const { state, apply } = useWizardSlice(SLICE);
  // the callback URL is read when the provider changes, not subscribed to
  const latest = useStateGetter();
  const problems = useProblems();
  const provider = providerOf(state);
  const options = [
    ...PROVIDERS.map((p) => ({ value: p.id as string, label: p.label })),
    ...(provider ? [] : [{ value: OTHER, label: `Other: ${authenticatorClassOf(state)}` }]),
  ];
  // problems with the class itself (a section name the hub refuses …) show beside the choice; who
  // may log in beside that fieldset
  const atClass = problems.at(AUTH_PATH) ?? [];
  const loginProblems = atClass.filter((p) => p.code.startsWith('login-'));
  return (
    <Section id="sign-in" title="Sign-in" summary="How users log in to the hub, and who may.">
      <SelectField label="Authenticator" value={provider?.id ?? OTHER} options={options}
        onChange={(id) => id !== OTHER && apply(setProvider(id as ProviderId, suggestedCallbackUrl(latest())))}
        hint={<>Written as <code>hub.config.JupyterHub.authenticator_class</code>; the chart passes <code>hub.config</code> to the hub and keeps it in Secret <code>hub</code>. <a href={provider?.docs ?? DOCS} target="_blank" rel="noreferrer">Docs</a></>} />
      <FieldMessages id="authenticator-msg" problems={atClass.filter((p) => !p.code.startsWith('login-'))} />
      {provider?.id === 'dummy' && <p className="callout">Dummy lets anyone in with any name: for trying the chart out, never for a hub others can reach.</p>}
      {provider?.oauth && <OAuthClient provider={provider} />}
      {provider && provider.extra.length > 0 && (
        <div className="inline-fields">
          {provider.extra.map((f) =>
            f.list ? (
              <NamesField key={f.key} label={f.label} names={settingList(state, provider.section, f.key)} placeholder={f.placeholder}
                problems={problems.at(settingPath(provider.section, f.key))} onChange={(v) => apply(setSetting(provider.section, f.key, v), `signin.${f.key}`)} />
            ) : (
              <TextField key={f.key} label={f.label} value={text(setting(state, provider.section, f.key))} placeholder={f.placeholder} type={f.key === 'password' ? 'password' : 'text'}
                problems={problems.at(settingPath(provider.section, f.key))} onChange={(v) => apply(setSetting(provider.section, f.key, v), `signin.${f.key}`)} />
            ),
          )}
        </div>
      )}
      {provider?.id === 'google' && <p className="hint">Hosted domains only narrow who may log in; say who is allowed below (with Allow all, everyone in those domains).</p>}
      {provider?.id !== 'dummy' && (
        <fieldset className="field" aria-describedby={loginProblems.length ? 'login-msg' : undefined}>
          <legend>Who may log in</legend>
          <FieldMessages id="login-msg" problems={loginProblems} />
          <p className="hint">JupyterHub 5 and OAuthenticator 16 let nobody in until a rule here says who. Admins can always log in.</p>
          <div className="inline-fields">
            <NamesField label="Allowed users" names={settingList(state, BASE_SECTION, 'allowed_users')} placeholder={'alice\nbob'}
              onChange={(v) => apply(setSetting(BASE_SECTION, 'allowed_users', v), 'signin.allowed_users')} />
            {provider?.groupsKey && (
              <NamesField label={provider.groupsLabel ?? 'Allowed groups'} names={settingList(state, provider.section, provider.groupsKey)} placeholder={provider.id === 'github' ? 'my-org\nmy-org:team' : 'group'}
                onChange={(v) => apply(setSetting(provider.section, provider.groupsKey!, v), `signin.${provider.groupsKey}`)} />
            )}
            <NamesField label="Admin users" names={settingList(state, BASE_SECTION, 'admin_users')} placeholder="alice"
              onChange={(v) => apply(setSetting(BASE_SECTION, 'admin_users', v), 'signin.admin_users')} />
          </div>
          <Toggle label="Allow all" checked={allowAll(state)} onChange={(on) => apply(setAllowAll(on))}
            hint={provider?.id === 'github' || provider?.id === 'google' || provider?.id === 'gitlab' ? 'Everyone with an account at the provider: anyone on the internet can then run code on your cluster.' : 'Everyone the authenticator accepts.'} />
        </fieldset>
      )}
    </Section>
  );
}

/** The OAuth client's id and secret, and the callback URL (the one part of the section that follows the host). */
function OAuthClient({ provider: p }: { provider: Provider }) {
  const { state, apply } = useWizardSlice(SLICE);
  const problems = useProblems();
  return (
    <div className="subsection">
      <h3>OAuth client</h3>
      <p className="hint">Register an OAuth app at {p.label} with the callback URL below, then copy its client id and secret here. The Share link leaves the secret out unless you include it.</p>
      <div className="inline-fields">
        <TextField label="Client ID" value={text(setting(state, p.section, 'client_id'))} problems={problems.at(settingPath(p.section, 'client_id'))}
          onChange={(v) => apply(setSetting(p.section, 'client_id', v), 'signin.client_id')} />
        <TextField label="Client secret" type="password" value={text(setting(state, p.section, 'client_secret'))} problems={problems.at(settingPath(p.section, 'client_secret'))}
          onChange={(v) => apply(setSetting(p.section, 'client_secret', v), 'signin.client_secret')} />
      </div>
      <CallbackUrl provider={p} />
    </div>
  );
}

/** The callback URL, with the one the host and hub.baseUrl suggest: re-renders as a host is typed. */
function CallbackUrl({ provider: p }: { provider: Provider }) {
  const { state, apply } = useWizardSlice(CALLBACK_SLICE);
  const problems = useProblems();
  const suggested = suggestedCallbackUrl(state);
  const current = text(setting(state, p.section, 'oauth_callback_url'));
  return (
    <TextField label="Callback URL" value={current} placeholder={suggested ?? 'https://HOST/hub/oauth_callback'} problems={problems.at(settingPath(p.section, 'oauth_callback_url'))}
      onChange={(v) => apply(setSetting(p.section, 'oauth_callback_url', v), 'signin.callback')}
      hint={suggested ? (current === suggested ? 'Made from the host and hub.baseUrl.' : <>From the host and hub.baseUrl: <code>{suggested}</code>{' '}
        <button type="button" onClick={() => apply(setSetting(p.section, 'oauth_callback_url', suggested))}>Use it</button></>) : 'Add a host (Ingress or HTTPS) and the wizard suggests it.'} />
  );
}
