import { formatNumberish, parseCpu, parseInteger, parseMemory } from '../../core/features/resources.ts';
import { SCHEDULING_PATHS, schedulingStrategy, setSchedulingStrategy, type NodePurposeMatch, type Strategy } from '../../core/features/scheduling.ts';
import { effective, setValue } from '../../core/model/updates.ts';
import { FieldMessages, RadioGroup, Toggle, type Choice } from '../components/Field.tsx';
import { ParsedField } from '../components/ParsedField.tsx';
import { Section } from '../components/Section.tsx';
import { SelectField } from '../components/SelectField.tsx';
import { useProblems } from '../state/problems.tsx';
import { useWizardSlice, type Slice } from '../state/wizard-context.tsx';
import { text } from './field-helpers.ts';

/** The parts of the setup this section reads; it re-renders only when they change. */
const SLICE: Slice = { values: ['scheduling', 'singleuser'] };

const strategies: Choice<Strategy>[] = [
  {
    value: 'spread',
    label: 'Spread',
    description:
      'Users across many nodes: a node going down affects few users, and without limits users make the best use of all RAM and CPU. Less efficient with an autoscaler, which can rarely remove a node.',
  },
  {
    value: 'pack',
    label: 'Pack',
    description:
      "Users on as few nodes as possible (the chart's user-scheduler): fewer nodes, good with an autoscaler, which can remove emptied nodes. A node going down affects more users. Set memory and CPU limits and guarantees.",
  },
];

const purposes: { value: NodePurposeMatch; label: string }[] = [
  { value: 'prefer', label: 'prefer (default)' },
  { value: 'require', label: 'require' },
  { value: 'ignore', label: 'ignore' },
];

const DOCS = 'https://z2jh.jupyter.org/en/stable/administrator/optimization.html';

export function SchedulingSection() {
  const { state, apply } = useWizardSlice(SLICE);
  const problems = useProblems();
  const strategy = schedulingStrategy(state);
  const P = SCHEDULING_PATHS;
  const placeholders = effective(state, P.placeholders) !== false;
  return (
    <Section id="scheduling" title="Scheduling" summary="How user pods are placed on nodes, and how the cluster makes room for them.">
      <RadioGroup legend="Strategy" value={strategy} choices={strategies} onChange={(s) => apply(setSchedulingStrategy(s))} />
      <p className="hint">
        Spread or pack is the user-scheduler off or on (<code>scheduling.userScheduler.enabled</code>); chart 4.x has no{' '}
        <code>singleuser.schedulerStrategy</code>. <a href={DOCS} target="_blank" rel="noreferrer">Docs</a>
      </p>
      <fieldset className="field">
        <legend>Memory and CPU per user</legend>
        {/* the rule is validation's (features/scheduling.ts missingPackResources): one message, shown here */}
        <FieldMessages id="pack-resources-msg" problems={problems.all.filter((p) => p.code === 'pack-without-resources')} />
        <div className="inline-fields">
          <ParsedField label="Memory guarantee" value={formatNumberish(effective(state, P.memoryGuarantee))} parse={parseMemory} placeholder="1G"
            problems={problems.at(P.memoryGuarantee)} onValue={(v) => apply(setValue(P.memoryGuarantee, v), 'mem.g')} />
          <ParsedField label="Memory limit" value={formatNumberish(effective(state, P.memoryLimit))} parse={parseMemory} placeholder="2G"
            problems={problems.at(P.memoryLimit)} onValue={(v) => apply(setValue(P.memoryLimit, v), 'mem.l')} />
          <ParsedField label="CPU guarantee" value={formatNumberish(effective(state, P.cpuGuarantee))} parse={parseCpu} placeholder="0.5"
            problems={problems.at(P.cpuGuarantee)} onValue={(v) => apply(setValue(P.cpuGuarantee, v), 'cpu.g')} />
          <ParsedField label="CPU limit" value={formatNumberish(effective(state, P.cpuLimit))} parse={parseCpu} placeholder="2"
            problems={problems.at(P.cpuLimit)} onValue={(v) => apply(setValue(P.cpuLimit, v), 'cpu.l')} />
        </div>
      </fieldset>
      <div className="subsection">
        <h3>Autoscaling</h3>
        <Toggle label="Pod priority" checked={effective(state, P.podPriority) === true} onChange={(on) => apply(setValue(P.podPriority, on))}
          hint="Lets real users evict placeholder pods, so a user starts at once while the autoscaler adds a node." />
        <Toggle label="User placeholders" checked={placeholders} onChange={(on) => apply(setValue(P.placeholders, on))} />
        {placeholders && (
          <ParsedField label="Placeholder replicas" value={formatNumberish(effective(state, P.placeholderReplicas))} parse={(t) => parseInteger(t, 0)}
            hint="How many users' worth of room to keep free." problems={problems.at(P.placeholderReplicas)}
            onValue={(v) => apply(setValue(P.placeholderReplicas, v), 'ph.replicas')} />
        )}
      </div>
      <div className="subsection">
        <h3>Node purpose</h3>
        <p className="hint">Match nodes labelled <code>hub.jupyter.org/node-purpose=core</code> or <code>=user</code>.</p>
        <div className="inline-fields">
          <SelectField label="Core pods" value={text(effective(state, P.corePurpose)) as NodePurposeMatch} options={purposes} onChange={(v) => apply(setValue(P.corePurpose, v))} />
          <SelectField label="User pods" value={text(effective(state, P.userPurpose)) as NodePurposeMatch} options={purposes} onChange={(v) => apply(setValue(P.userPurpose, v))} />
        </div>
      </div>
    </Section>
  );
}
