import { CULL_PATHS, describeSeconds, parseSeconds } from '../../core/features/culling.ts';
import { formatNumberish, parseInteger } from '../../core/features/resources.ts';
import type { Path } from '../../core/model/json.ts';
import { effective, setValue } from '../../core/model/updates.ts';
import { Toggle } from '../components/Field.tsx';
import { ParsedField } from '../components/ParsedField.tsx';
import { Section } from '../components/Section.tsx';
import { useProblems } from '../state/problems.tsx';
import { useWizardSlice, type Slice } from '../state/wizard-context.tsx';

/** The parts of the setup this section reads; it re-renders only when they change. */
const SLICE: Slice = { values: ['cull'] };

const DOCS = 'https://z2jh.jupyter.org/en/stable/customizing/user-management.html#culling-user-pods';

export function CullingSection() {
  const { state, apply } = useWizardSlice(SLICE);
  const problems = useProblems();
  const P = CULL_PATHS;
  const on = effective(state, P.enabled) !== false;
  const duration = (label: string, path: Path, min: number, hint: string) => {
    const seconds = effective(state, path);
    const words = typeof seconds === 'number' ? describeSeconds(seconds) : '';
    return (
      <ParsedField label={label} value={formatNumberish(seconds)} parse={(t) => parseSeconds(t, min)} placeholder="3600" problems={problems.at(path)}
        hint={`${hint}${words ? ` (${words})` : ''}. Seconds, or 90m, 2h, 1d.`} onValue={(v) => apply(setValue(path, v), path.join('.'))} />
    );
  };
  return (
    <Section id="culling" title="Culling" summary="Stop servers nobody uses, so their nodes can be freed.">
      <Toggle label="Cull idle servers" checked={on} onChange={(v) => apply(setValue(P.enabled, v))}
        hint={<>The idle culler, a hub service, stops servers without activity. <a href={DOCS} target="_blank" rel="noreferrer">Docs</a></>} />
      {on && (
        <>
          <div className="inline-fields">
            {duration('Idle timeout', P.timeout, 1, 'A server idle this long is stopped')}
            {duration('Check every', P.every, 1, 'How often the culler looks; well under the timeout')}
            {duration('Maximum age', P.maxAge, 0, 'Stop any server this old, idle or not; 0 never')}
            <ParsedField label="Concurrency" value={formatNumberish(effective(state, P.concurrency))} parse={(t) => parseInteger(t, 1)} placeholder="10" problems={problems.at(P.concurrency)}
              hint="How many servers it stops at once." onValue={(v) => apply(setValue(P.concurrency, v), 'cull.concurrency')} />
          </div>
          <Toggle label="Also remove idle users" checked={effective(state, P.users) === true} onChange={(v) => apply(setValue(P.users, v))}
            hint="Deletes the hub's record of a user whose server was culled (not their files)." />
          <Toggle label="Cull admins' servers too" checked={effective(state, P.adminUsers) !== false} onChange={(v) => apply(setValue(P.adminUsers, v))} />
          <Toggle label="Remove named servers" checked={effective(state, P.removeNamedServers) === true} onChange={(v) => apply(setValue(P.removeNamedServers, v))}
            hint="Delete a culled named server instead of only stopping it." />
        </>
      )}
    </Section>
  );
}
