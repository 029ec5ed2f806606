import { schedulingStrategy, setSchedulingStrategy, type Strategy } from '../../core/features/scheduling.ts';
import { RadioGroup, type Choice } from '../components/Field.tsx';
import { Section } from '../components/Section.tsx';
import { useWizard } from '../state/wizard-context.tsx';

const strategies: Choice<Strategy>[] = [
  {
    value: 'spread',
    label: 'Spread',
    description: 'Users across many nodes: a node going down affects few users; less efficient with an autoscaler.',
  },
  {
    value: 'pack',
    label: 'Pack',
    description: 'Users on as few nodes as possible: good with an autoscaler; a node going down affects more users.',
  },
];

export function SchedulingSection() {
  const { state, apply } = useWizard();
  return (
    <Section id="scheduling" title="Scheduling" summary="How user pods are placed on nodes.">
      <RadioGroup legend="Strategy" value={schedulingStrategy(state)} choices={strategies} onChange={(s) => apply(setSchedulingStrategy(s))} />
    </Section>
  );
}
