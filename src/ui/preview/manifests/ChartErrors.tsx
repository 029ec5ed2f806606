import type { ChartError } from '../../../core/chart/index.ts';

/** The chart's refusals, worded as `helm template` reports them. */
export function ChartErrors({ errors }: { errors: readonly ChartError[] }) {
  if (errors.length === 0) return null;
  return (
    <ul className="chart-errors" role="alert" data-testid="chart-errors">
      {errors.map((e, i) => (
        <li key={i}>Error: {e.message}</li>
      ))}
    </ul>
  );
}
