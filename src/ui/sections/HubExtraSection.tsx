import { lazy, Suspense, useCallback, useMemo, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { useNearViewport } from '../components/use-near-viewport.ts';
import { customKeys } from '../../core/features/custom.ts';
import { EXTRA_ENV_PATH, envRows, setEnvRows, type EnvRow } from '../../core/features/extra-env.ts';
import { addSnippet, deleteSnippet, freshSnippetName, renameSnippet, runOrder, setSnippetCode, snippets } from '../../core/features/extra-config.ts';
import { getIn } from '../../core/model/paths.ts';
import { setValue } from '../../core/model/updates.ts';
import { FieldMessages } from '../components/Field.tsx';
import { FieldForm } from '../components/FieldForm.tsx';
import { Section } from '../components/Section.tsx';
import { YamlField } from '../components/YamlField.tsx';
import { useProblems } from '../state/problems.tsx';
import { useTheme } from '../state/theme.tsx';
import { useWizardSlice, type Slice } from '../state/wizard-context.tsx';

/** The parts of the setup this section reads; it re-renders only when they change. */
const SLICE: Slice = { values: ['hub', 'custom'] };

// Monaco is a big chunk: it loads only when a snippet editor is first shown.
const PythonEditor = lazy(() => import('../editor/PythonEditor.tsx'));

const DOCS = 'https://z2jh.jupyter.org/en/stable/administrator/advanced.html#hub-extraconfig';

export function HubExtraSection() {
  const { state, apply } = useWizardSlice(SLICE);
  const problems = useProblems();
  const list = snippets(state);
  const order = runOrder(list.map((s) => s.name));
  const custom = getIn(state.values, ['custom']);
  const keys = customKeys(custom);
  const keyPaths = useMemo(() => keys.map((k) => k.path), [custom]); // eslint-disable-line react-hooks/exhaustive-deps
  const ids = useSnippetIds(list.map((s) => s.name));
  const shown = useRunOrderWhenLeft(order.map(ids.of));
  const byId = new Map(list.map((s) => [ids.of(s.name), s]));
  return (
    <Section id="hub-extra" title="Hub extra config" summary="Escape hatches into the hub's jupyterhub_config.py: Python snippets, values they read, environment, sidecars.">
      <h3 className="subheading">Python snippets (hub.extraConfig)</h3>
      <p className="hint">
        For what the chart has no setting for: hooks, computed values, imports. A plain trait setting (<code>c.Spawner.start_timeout = 600</code>) is
        better in <code>hub.config</code>, which the chart validates. In the editor, Tab indents and Escape leaves it. <a href={DOCS} target="_blank" rel="noreferrer">Docs</a>
      </p>
      {list.length > 1 && (
        <div className="callout">
          They run in sorted key order, a plain string sort: <code>10-x</code> runs before <code>2-x</code>. Prefix names with 00-, 01-… to control it.
          <ol className="run-order" aria-label="Run order">{order.map((n) => <li key={n}>{n}</li>)}</ol>
        </div>
      )}
      <div className="snippets" onFocus={shown.onFocus} onBlur={shown.onBlur}>
        {shown.ids.map((id) => {
          const s = byId.get(id)!;
          return (
            <SnippetEditor key={id} name={s.name} code={s.code} position={order.indexOf(s.name) + 1} taken={list.map((x) => x.name)} customKeys={keyPaths}
              onRename={(to) => { ids.rename(s.name, to); apply(renameSnippet(s.name, to)); }} />
          );
        })}
      </div>
      <FieldMessages id="extra-config-msg" problems={problems.at(['hub', 'extraConfig'])} />
      <button type="button" className="add" onClick={() => apply(addSnippet(freshSnippetName(list)))}>Add snippet</button>

      <div className="subsection">
        <h3>Values for your snippets (custom)</h3>
        <p className="hint">
          The chart ignores <code>custom</code>; your Python reads it at run time with <code>z2jh.get_config("custom.…")</code> (add <code>import z2jh</code>). It
          replaces <code>hub.extraConfigMap</code>.
        </p>
        <YamlField label="custom" expect="map" value={custom} placeholder={'teams:\n  - physics\n  - biology\nquota_gb: 10'} problems={problems.under(['custom'])}
          onValue={(v) => apply(setValue(['custom'], v), 'custom')} />
        {keys.length > 0 && (
          <ul className="get-config" aria-label="How snippets read custom values">
            {keys.map((k) => <li key={k.path}><code>{k.call}</code></li>)}
          </ul>
        )}
      </div>

      <div className="subsection">
        <h3>Environment (hub.extraEnv)</h3>
        <ExtraEnv />
      </div>

      <div className="subsection">
        <h3>Sidecar containers (hub.extraContainers)</h3>
        <YamlField label="hub.extraContainers" expect="list" value={getIn(state.values, ['hub', 'extraContainers'])}
          placeholder={'- name: sidecar\n  image: busybox:1.36\n  command: ["sleep", "infinity"]'} problems={problems.under(['hub', 'extraContainers'])}
          hint="Kubernetes containers added to the hub pod; each needs a unique name (a DNS label) and an image."
          onValue={(v) => apply(setValue(['hub', 'extraContainers'], v), 'hub.extraContainers')} />
      </div>
    </Section>
  );
}

/**
 * A key for each snippet that outlives a rename: keyed by name, a renamed snippet would be a new
 * editor, mounted while the admin clicks into it (the click and what follows it lost).
 */
function useSnippetIds(names: readonly string[]): { of(name: string): string; rename(from: string, to: string): void } {
  const ids = useRef({ byName: new Map<string, string>(), next: 0 }).current;
  for (const name of names) if (!ids.byName.has(name)) ids.byName.set(name, `snippet-${ids.next++}`);
  for (const name of [...ids.byName.keys()]) if (!names.includes(name)) ids.byName.delete(name);
  return {
    of: (name) => ids.byName.get(name)!,
    rename(from, to) {
      const id = ids.byName.get(from);
      if (id === undefined) return;
      ids.byName.delete(from);
      ids.byName.set(to, id);
    },
  };
}

/**
 * The snippets in run order, except while the focus is among them: a rename that changes the order
 * moves the snippets only once the focus has left the list, so no editor moves under the click or
 * the Tab that left the name field (a moved element loses the focus).
 */
function useRunOrderWhenLeft(sorted: readonly string[]) {
  const [held, setHeld] = useState<readonly string[] | null>(null);
  const ids = held ? [...held.filter((id) => sorted.includes(id)), ...sorted.filter((id) => !held.includes(id))] : sorted;
  return {
    ids,
    onFocus: () => { if (!held) setHeld(ids); },
    onBlur: (e: FocusEvent<HTMLElement>) => { if (!e.currentTarget.contains(e.relatedTarget)) setHeld(null); },
  };
}

interface SnippetProps {
  name: string;
  code: string;
  position: number;
  taken: string[];
  customKeys: readonly string[];
  onRename(to: string): void;
}

function SnippetEditor({ name, code, position, taken, customKeys, onRename }: SnippetProps) {
  const { apply } = useWizardSlice(SLICE);
  const problems = useProblems();
  const { theme } = useTheme();
  const [draftName, setDraftName] = useState(name);
  // A name changed elsewhere (undo, import) replaces the draft.
  const [shownName, setShownName] = useState(name);
  if (shownName !== name) {
    setShownName(name);
    setDraftName(name);
  }
  // "is empty" waits until the admin has left a new snippet, as other fields' messages do.
  const [left, setLeft] = useState(code !== '');
  const holder = useRef<HTMLDivElement>(null);
  const near = useNearViewport(holder);
  const onChange = useCallback((v: string) => apply(setSnippetCode(name, v), `extraConfig.${name}`), [apply, name]);
  const nameError = draftName === '' ? 'A snippet needs a name.' : draftName !== name && taken.includes(draftName) ? `"${draftName}" is already a snippet's name.` : null;
  const commitName = () => {
    if (!nameError && draftName !== name) onRename(draftName);
    else setDraftName(name);
  };
  const own = problems.at(['hub', 'extraConfig', name]);
  const shownProblems = left ? own : own?.filter((p) => p.code !== 'python-empty-snippet');
  return (
    <div className="snippet" onBlur={(e) => { if (!e.currentTarget.contains(e.relatedTarget)) setLeft(true); }}>
      <div className="snippet-head">
        <FieldForm>
        <input className="snippet-name" aria-label={`Name of snippet ${draftName}`} value={draftName} spellCheck={false}
          aria-invalid={nameError ? true : undefined} onChange={(e) => setDraftName(e.target.value)} onBlur={commitName}
          onKeyDown={(e) => { if (e.key === 'Enter') commitName(); if (e.key === 'Escape') setDraftName(name); }} />
        </FieldForm>
        <span className="snippet-order">runs {ordinal(position)}</span>
        <button type="button" className="icon" aria-label={`Delete snippet ${name}`} onClick={() => apply(deleteSnippet(name))}>✕</button>
      </div>
      {nameError && <p className="msg msg-error snippet-msg">{nameError}</p>}
      <div ref={holder}>
        {near ? (
          <Suspense fallback={<CodePlaceholder code={code} />}>
            <PythonEditor label={`extraConfig ${name}`} value={code} onChange={onChange} theme={theme} customKeys={customKeys} />
          </Suspense>
        ) : (
          <CodePlaceholder code={code} />
        )}
      </div>
      <FieldMessages id={`snippet-${name}-msg`} problems={shownProblems} />
    </div>
  );
}

function ExtraEnv() {
  const { state, apply } = useWizardSlice(SLICE);
  const problems = useProblems();
  const rows = envRows(state);
  if (rows === null) {
    return <YamlField label="hub.extraEnv" expect="map" value={getIn(state.values, EXTRA_ENV_PATH)} problems={problems.under(EXTRA_ENV_PATH)}
      hint="This holds forms the rows below cannot show (a list, or fieldRef); edit it as YAML." onValue={(v) => apply(setValue(EXTRA_ENV_PATH, v), 'extraEnv')} />;
  }
  const write = (next: EnvRow[], key?: string) => apply(setEnvRows(next), key);
  const edit = (i: number, row: EnvRow) => write(rows.map((r, j) => (j === i ? row : r)), `extraEnv.${i}`);
  return (
    <fieldset className="field list-field">
      <legend className="visually-hidden">Environment variables</legend>
      <ol className="rows">
        {rows.map((row, i) => (
          <li key={i}>
            <FieldForm className="row env-row">
            <EnvCell label="Name">
              <input aria-label={`Variable ${i + 1} name`} value={row.name} placeholder="NAME" spellCheck={false} onChange={(e) => edit(i, { ...row, name: e.target.value })} />
            </EnvCell>
            <EnvCell label="Source">
              <select aria-label={`Variable ${i + 1} source`} value={row.kind}
                onChange={(e) => edit(i, e.target.value === 'value' ? { name: row.name, kind: 'value', value: '' } : { name: row.name, kind: e.target.value as 'secret' | 'configMap', refName: '', refKey: '' })}>
                <option value="value">value</option>
                <option value="secret">from a Secret</option>
                <option value="configMap">from a ConfigMap</option>
              </select>
            </EnvCell>
            {row.kind === 'value' ? (
              <EnvCell label="Value">
                <input aria-label={`Variable ${i + 1} value`} value={row.value} spellCheck={false} onChange={(e) => edit(i, { ...row, value: e.target.value })} />
              </EnvCell>
            ) : (
              <>
                <EnvCell label={row.kind === 'secret' ? 'Secret name' : 'ConfigMap name'}>
                  <input aria-label={`Variable ${i + 1} ${row.kind} name`} value={row.refName} placeholder={`${row.kind === 'secret' ? 'Secret' : 'ConfigMap'} name`} spellCheck={false} onChange={(e) => edit(i, { ...row, refName: e.target.value })} />
                </EnvCell>
                <EnvCell label="Key">
                  <input aria-label={`Variable ${i + 1} key`} value={row.refKey} placeholder="key" spellCheck={false} onChange={(e) => edit(i, { ...row, refKey: e.target.value })} />
                </EnvCell>
              </>
            )}
            <button type="button" className="icon" aria-label={`Remove variable ${i + 1}`} onClick={() => write(rows.filter((_, j) => j !== i))}>✕</button>
            <FieldMessages id={`env-${i}-msg`} problems={problems.under([...EXTRA_ENV_PATH, row.name])} />
            </FieldForm>
          </li>
        ))}
      </ol>
      <button type="button" className="add" onClick={() => write([...rows, { name: `VAR_${rows.length + 1}`, kind: 'value', value: '' }])}>Add variable</button>
    </fieldset>
  );
}

/**
 * One cell of an environment row with its label shown above it, filled or not (a placeholder is
 * gone once typed over). The input's own aria-label, which starts with the row's number, contains
 * the visible label, so speech input finds it by what it shows.
 */
function EnvCell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="env-cell">
      <span className="env-label">{label}</span>
      {children}
    </label>
  );
}

function ordinal(n: number): string {
  const suffix = n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** The snippet's code, the editor's size, until the editor is mounted (or while it loads). */
function CodePlaceholder({ code }: { code: string }) {
  const lines = Math.min(Math.max(code.split('\n').length + 1, 6), 24);
  return (
    <pre className="code editor-placeholder" style={{ height: `${lines * 19 + 8}px` }} aria-hidden="true">
      {code}
    </pre>
  );
}
