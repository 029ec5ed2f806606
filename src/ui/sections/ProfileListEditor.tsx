import { useEffect, useId, useState } from 'react';
import { formatNumberish, parseCpu, parseMemory } from '../../core/features/resources.ts';
import {
  OVERRIDE_FIELDS, addChoice, addOption, addProfile, choicesPath, editMap, extraLimitRows, moveProfile, optionKeyProblem, optionsPath, profileOptions, profilePath,
  profiles, removeKey, removeProfile, renameKey, setDefaultProfile, setExtraLimits, setProfileValue, type OptionView,
} from '../../core/features/profiles.ts';
import type { JsonObject, Path } from '../../core/model/json.ts';
import type { Update, WizardState } from '../../core/model/state.ts';
import type { ProblemIndex } from '../state/problems.tsx';
import { FieldMessages, TextField, Toggle } from '../components/Field.tsx';
import { FieldForm } from '../components/FieldForm.tsx';
import { KeyValueField } from '../components/KeyValueField.tsx';
import { ParsedField } from '../components/ParsedField.tsx';
import { text } from './field-helpers.ts';

const DOCS = 'https://z2jh.jupyter.org/en/stable/jupyterhub/customizing/user-environment.html#using-multiple-profiles-to-let-users-select-their-environment';

interface Props {
  state: WizardState;
  apply(update: Update, coalesceKey?: string): void;
  problems: ProblemIndex;
}

/** `singleuser.profileList`: a card per profile, with its overrides and its options' choices. */
export function ProfileListEditor({ state, apply, problems }: Props) {
  const list = profiles(state);
  return (
    <div className="subsection">
      <h3>Profiles (singleuser.profileList)</h3>
      <p className="hint">
        With profiles, users pick an environment before their server starts; each overrides KubeSpawner settings (<code>kubespawner_override</code>), and
        options let them pick among choices. <a href={DOCS} target="_blank" rel="noreferrer">Docs</a>
      </p>
      {list.map((profile, i) => (
        <fieldset key={i} className="field profile-card">
          <legend>Profile {i + 1}</legend>
          <div className="inline-fields">
            <TextField label="Display name" value={text(profile.display_name)} problems={problems.at(profilePath(i, 'display_name'))}
              onChange={(v) => apply(setProfileValue(profilePath(i, 'display_name'), v), `profile.${i}.name`)} />
            <TextField label="Description" value={text(profile.description)} onChange={(v) => apply(setProfileValue(profilePath(i, 'description'), v), `profile.${i}.description`)} />
          </div>
          <Toggle label="Default profile" checked={profile.default === true} onChange={(on) => apply(setDefaultProfile(i, on))} />
          <OverrideFields base={profilePath(i, 'kubespawner_override')} override={profile.kubespawner_override} apply={apply} problems={problems} />
          <Options i={i} profile={profile} apply={apply} problems={problems} />
          <div className="actions">
            <button type="button" onClick={() => apply(addOption(i))}>Add option</button>
            <button type="button" disabled={i === 0} onClick={() => apply(moveProfile(i, -1))}>Move profile {i + 1} up</button>
            <button type="button" disabled={i === list.length - 1} onClick={() => apply(moveProfile(i, 1))}>Move profile {i + 1} down</button>
            <button type="button" onClick={() => apply(removeProfile(i))}>Remove profile {i + 1}</button>
          </div>
        </fieldset>
      ))}
      <button type="button" className="add" onClick={() => apply(addProfile())}>Add profile</button>
    </div>
  );
}

/** The `kubespawner_override` settings of a profile or a choice. */
function OverrideFields({ base, override, apply, problems }: { base: Path; override: unknown; apply: Props['apply']; problems: ProblemIndex }) {
  const values = (override ?? {}) as JsonObject;
  const id = base.join('.');
  return (
    <>
      <div className="inline-fields">
        {OVERRIDE_FIELDS.map((f) =>
          f.kind === 'image' ? (
            <TextField key={f.key} label={f.label} value={text(values[f.key])} placeholder="quay.io/jupyter/scipy-notebook:2024-12-09" problems={problems.at([...base, f.key])}
              onChange={(v) => apply(setProfileValue([...base, f.key], v.trim()), `${id}.${f.key}`)} />
          ) : (
            <ParsedField key={f.key} label={f.label} value={formatNumberish(values[f.key])} parse={f.kind === 'cpu' ? parseCpu : parseMemory} placeholder={f.kind === 'cpu' ? '1' : '2G'}
              problems={problems.at([...base, f.key])} onValue={(v) => apply(setProfileValue([...base, f.key], v), `${id}.${f.key}`)} />
          ),
        )}
      </div>
      <KeyValueField label="Extra resource limits" rows={extraLimitRows(values)} keyPlaceholder="nvidia.com/gpu" valuePlaceholder="1" addLabel="Add resource limit"
        onChange={(rows) => apply(setExtraLimits(base, rows), `${id}.extra`)} />
    </>
  );
}

function Options({ i, profile, apply, problems }: { i: number; profile: JsonObject; apply: Props['apply']; problems: ProblemIndex }) {
  const options = profileOptions(profile);
  return (
    <>
      {options.map((option, j) => (
        <fieldset key={j} className="field option-card">
          <legend>Option {j + 1}</legend>
          <div className="inline-fields">
            <KeyInput label="Option key" value={option.key} siblings={options.map((o) => o.key)}
              onRename={(to) => apply(editMap(optionsPath(i), (m) => renameKey(m, option.key, to)), `profile.${i}.option.${j}.key`)} />
            <TextField label="Option display name" value={option.displayName}
              onChange={(v) => apply(setProfileValue([...optionsPath(i), option.key, 'display_name'], v), `profile.${i}.option.${j}.name`)} />
          </div>
          <Choices i={i} option={option} apply={apply} problems={problems} />
          <div className="actions">
            <button type="button" onClick={() => apply(addChoice(i, option.key))}>Add choice</button>
            <button type="button" onClick={() => apply(removeKey(optionsPath(i), option.key))}>Remove option {j + 1}</button>
          </div>
        </fieldset>
      ))}
    </>
  );
}

function Choices({ i, option, apply, problems }: { i: number; option: OptionView; apply: Props['apply']; problems: ProblemIndex }) {
  const path = choicesPath(i, option.key);
  return (
    <>
      {option.choices.map((choice, k) => (
        <fieldset key={k} className="field choice-card">
          <legend>Choice {k + 1}</legend>
          <div className="inline-fields">
            <KeyInput label="Choice key" value={choice.key} siblings={option.choices.map((c) => c.key)}
              onRename={(to) => apply(editMap(path, (m) => renameKey(m, choice.key, to)), `${path.join('.')}.${k}.key`)} />
            <TextField label="Choice display name" value={choice.displayName}
              onChange={(v) => apply(setProfileValue([...path, choice.key, 'display_name'], v), `${path.join('.')}.${k}.name`)} />
          </div>
          <Toggle label="Default choice" checked={choice.isDefault} onChange={(on) => apply(setProfileValue([...path, choice.key, 'default'], on ? true : undefined))} />
          <OverrideFields base={[...path, choice.key, 'kubespawner_override']} override={choice.override} apply={apply} problems={problems} />
          <button type="button" onClick={() => apply(removeKey(path, choice.key))}>Remove choice {k + 1}</button>
        </fieldset>
      ))}
    </>
  );
}

/**
 * A map key being renamed: what is typed stays here while it is no usable key (empty, used twice),
 * with the reason; only a usable key renames the entry, in its place.
 */
function KeyInput({ label, value, siblings, onRename }: { label: string; value: string; siblings: readonly string[]; onRename(to: string): void }) {
  const id = useId();
  const [typed, setTyped] = useState(value);
  useEffect(() => setTyped(value), [value]);
  const others = siblings.filter((k) => k !== value);
  const problem = typed === value ? undefined : optionKeyProblem(typed, [...others, typed]);
  return (
    <FieldForm className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={typed} spellCheck={false} autoComplete="off" aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-msg` : undefined}
        onChange={(e) => {
          const to = e.target.value;
          setTyped(to);
          if (!optionKeyProblem(to, [...others, to])) onRename(to);
        }} />
      <FieldMessages id={`${id}-msg`} problems={problem ? [{ code: typed === '' ? 'field-empty-key' : 'field-duplicate-key', severity: 'error', path: [], message: problem }] : undefined} />
    </FieldForm>
  );
}
