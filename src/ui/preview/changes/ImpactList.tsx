import type { Impact } from '../../../core/upgrade-impact/index.ts';

const WORD = { danger: 'Danger', warning: 'Users notice', info: 'Worth knowing' } as const;

/** What the upgrade means, the gravest first, each with its one-line reason. */
export function ImpactList({ impacts }: { impacts: readonly Impact[] }) {
  return (
    <section aria-labelledby="changes-impact-title">
      <h3 id="changes-impact-title" className="changes-title">What it means</h3>
      <ul className="impacts">
        {impacts.map((i, k) => (
          <li key={k} className={`impact impact-${i.severity}`} data-code={i.code}>
            <span className="impact-severity">{WORD[i.severity]}:</span> <strong>{i.title}</strong>
            <span className="impact-reason"> — {i.reason}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
