import { STORAGE_PATHS, parseCapacity, parseMountPath, setStorageType, storageType, type StorageType } from '../../core/features/storage.ts';
import { getIn } from '../../core/model/paths.ts';
import { effective, setValue } from '../../core/model/updates.ts';
import { RadioGroup, TextField, type Choice } from '../components/Field.tsx';
import { ParsedField } from '../components/ParsedField.tsx';
import { Section } from '../components/Section.tsx';
import { YamlField } from '../components/YamlField.tsx';
import { useProblems } from '../state/problems.tsx';
import { useWizardSlice, type Slice } from '../state/wizard-context.tsx';
import { orUnset, text } from './field-helpers.ts';

/** The parts of the setup this section reads; it re-renders only when they change. */
const SLICE: Slice = { values: ['singleuser'] };

const types: Choice<StorageType>[] = [
  { value: 'dynamic', label: 'A volume per user (dynamic)', description: 'A PersistentVolumeClaim for each user, made by a storage class on first start and kept when the server stops.' },
  { value: 'static', label: 'One shared volume (static)', description: 'An existing PersistentVolumeClaim (e.g. NFS, ReadWriteMany) mounted for everyone, each user in a sub-path of it.' },
  { value: 'none', label: 'None', description: 'Nothing is kept: a user’s files are gone when their server stops.' },
];

const DOCS = 'https://z2jh.jupyter.org/en/stable/jupyterhub/customizing/user-storage.html';

export function StorageSection() {
  const { state, apply } = useWizardSlice(SLICE);
  const problems = useProblems();
  const P = STORAGE_PATHS;
  const type = storageType(state);
  const mountPath = (
    <ParsedField label="Home mount path" value={text(effective(state, P.homeMountPath))} parse={parseMountPath} placeholder="/home/jovyan" problems={problems.at(P.homeMountPath)}
      onValue={(v) => apply(setValue(P.homeMountPath, v), 'storage.mount')} />
  );
  return (
    <Section id="storage" title="Storage" summary="Where users' files live, and what else their servers mount.">
      <RadioGroup legend="Home directories" value={type} choices={types} onChange={(t) => apply(setStorageType(t))} />
      <p className="hint">Written as <code>singleuser.storage.type</code>. <a href={DOCS} target="_blank" rel="noreferrer">Docs</a></p>
      {type === 'dynamic' && (
        <div className="inline-fields">
          <ParsedField label="Capacity" value={text(effective(state, P.capacity))} parse={parseCapacity} placeholder="10Gi" problems={problems.at(P.capacity)}
            hint="Per user; most storage classes cannot shrink a volume later." onValue={(v) => apply(setValue(P.capacity, v), 'storage.capacity')} />
          <TextField label="Storage class" value={text(getIn(state.values, P.storageClass))} placeholder="the cluster's default" problems={problems.at(P.storageClass)}
            onChange={(v) => apply(setValue(P.storageClass, orUnset(v.trim())), 'storage.class')} />
          {mountPath}
        </div>
      )}
      {type === 'static' && (
        <div className="inline-fields">
          <TextField label="Existing PVC name" value={text(getIn(state.values, P.pvcName))} placeholder="home-nfs" problems={problems.at(P.pvcName)}
            onChange={(v) => apply(setValue(P.pvcName, orUnset(v.trim())), 'storage.pvc')} />
          <TextField label="Sub-path" value={text(effective(state, P.subPath))} placeholder="{username}" problems={problems.at(P.subPath)}
            hint={<><code>{'{username}'}</code> gives each user a directory of their own.</>} onChange={(v) => apply(setValue(P.subPath, orUnset(v)), 'storage.subpath')} />
          {mountPath}
        </div>
      )}
      <div className="subsection">
        <h3>Extra volumes and mounts</h3>
        <p className="hint">Volumes of the user pod (a data set, shared memory) and where each is mounted in the server, as Kubernetes writes them.</p>
        <YamlField label="Extra volumes" expect="list" value={getIn(state.values, P.extraVolumes)} problems={problems.under(P.extraVolumes)} rows={4}
          placeholder={'- name: shm\n  emptyDir:\n    medium: Memory'} onValue={(v) => apply(setValue(P.extraVolumes, v), 'storage.volumes')} />
        <YamlField label="Extra volume mounts" expect="list" value={getIn(state.values, P.extraVolumeMounts)} problems={problems.under(P.extraVolumeMounts)} rows={3}
          placeholder={'- name: shm\n  mountPath: /dev/shm'} onValue={(v) => apply(setValue(P.extraVolumeMounts, v), 'storage.mounts')} />
      </div>
    </Section>
  );
}
