import { USER_ENV_PATHS, defaultUrlText, imageTagText, parseDefaultUrl, parseTag, setImageName, setImageValue, usesChartImage } from '../../core/features/user-environment.ts';
import { getIn } from '../../core/model/paths.ts';
import { TextField } from '../components/Field.tsx';
import { ParsedField } from '../components/ParsedField.tsx';
import { Section } from '../components/Section.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { useProblems } from '../state/problems.tsx';
import { useWizardSlice, type Slice } from '../state/wizard-context.tsx';
import { text } from './field-helpers.ts';
import { ProfileListEditor } from './ProfileListEditor.tsx';

/** The parts of the setup this section reads; it re-renders only when they change. */
const SLICE: Slice = { values: ['singleuser'] };

const POLICIES = [
  { value: '', label: 'default (IfNotPresent)' },
  { value: 'IfNotPresent', label: 'IfNotPresent' },
  { value: 'Always', label: 'Always' },
  { value: 'Never', label: 'Never' },
];
const DOCS = 'https://z2jh.jupyter.org/en/stable/jupyterhub/customizing/user-environment.html';

export function UserEnvironmentSection() {
  const { state, apply } = useWizardSlice(SLICE);
  const problems = useProblems();
  const P = USER_ENV_PATHS;
  const chartImage = usesChartImage(state);
  return (
    <Section id="environments" title="User environments" summary="The image users' servers run, the page they open at, and the profiles they may choose from.">
      <p className="hint">
        Pick an image with what your users need, e.g. one of the Jupyter Docker Stacks (<code>quay.io/jupyter/scipy-notebook</code>), pinned to a tag so every
        server runs the same. <a href={DOCS} target="_blank" rel="noreferrer">Docs</a>
      </p>
      <div className="inline-fields">
        <TextField label="User image" value={text(getIn(state.values, P.imageName))} placeholder="quay.io/jupyterhub/k8s-singleuser-sample" problems={problems.at(P.imageName)}
          onChange={(v) => apply(setImageName(v), 'env.image')} />
        <ParsedField label="Image tag" value={imageTagText(state)} parse={parseTag} placeholder={chartImage ? '4.4.0' : '2024-12-09'} problems={problems.at(P.imageTag)}
          hint={<>Kept as text: <code>3.10</code> stays 3.10 (unquoted, YAML reads it as the number 3.1).{!chartImage && imageTagText(state) === '' && ' Give your image its tag: without one the chart uses its own.'}</>}
          onValue={(v) => apply(setImageValue(P.imageTag, v), 'env.tag')} />
        <SelectField label="Pull policy" value={text(getIn(state.values, P.pullPolicy))} options={POLICIES} onChange={(v) => apply(setImageValue(P.pullPolicy, v || undefined))} />
      </div>
      <ParsedField label="Default URL" value={defaultUrlText(state)} parse={parseDefaultUrl} placeholder="/lab" problems={problems.at(P.defaultUrl)}
        hint={<>Where a server opens: <code>/lab</code> for JupyterLab, <code>/tree</code> for the classic file view.</>}
        onValue={(v) => apply(setImageValue(P.defaultUrl, v), 'env.url')} />
      <ProfileListEditor state={state} apply={apply} problems={problems} />
    </Section>
  );
}
