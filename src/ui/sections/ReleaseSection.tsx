import { kubeVersionOf } from '../../core/model/state.ts';
import { setKubeVersion, setNamespace, setRelease } from '../../core/model/updates.ts';
import { TextField } from '../components/Field.tsx';
import { Section } from '../components/Section.tsx';
import { useProblems } from '../state/problems.tsx';
import { useWizardSlice, type Slice } from '../state/wizard-context.tsx';

/** The parts of the setup this section reads; it re-renders only when they change. */
const SLICE: Slice = { values: [], meta: ['release', 'namespace', 'kubeVersion'] };

export function ReleaseSection() {
  const { state, apply } = useWizardSlice(SLICE);
  const problems = useProblems();
  return (
    <Section id="release" title="Release" summary="The Helm release, namespace and target Kubernetes version, used by the manifests and the commands.">
      <div className="inline-fields">
        <TextField label="Release name" value={state.release} problems={problems.setting('release')} onChange={(v) => apply(setRelease(v), 'release')} />
        <TextField label="Namespace" value={state.namespace} problems={problems.setting('namespace')} onChange={(v) => apply(setNamespace(v), 'namespace')} />
        <TextField
          label="Kubernetes version"
          value={kubeVersionOf(state)}
          hint={<>Your cluster's (<code>--kube-version</code>); chart 4.4.0 needs 1.28+.</>}
          problems={problems.setting('kubeVersion')}
          onChange={(v) => apply(setKubeVersion(v), 'kubeVersion')}
        />
      </div>
    </Section>
  );
}
