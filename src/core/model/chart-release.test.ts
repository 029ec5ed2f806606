import { describe, expect, it } from 'vitest';
import templates from '../data/chart-templates.json' with { type: 'json' };
import { chartDefaults } from './chart-defaults.ts';
import { CHART_APP_VERSION, CHART_NAME, CHART_VERSION } from './chart-release.ts';
import { CHART_LABEL } from '../chart/ctx.ts';

// The chart's data files are regenerated together when the chart moves (README: "Moving to the
// next chart release"); these catch one of them left at the old release.
describe('the chart release', () => {
  it('is a release version and app version of the jupyterhub chart', () => {
    expect(CHART_NAME).toBe('jupyterhub');
    expect(CHART_VERSION).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
    expect(CHART_APP_VERSION).toMatch(/^\d+\.\d+\.\d+/);
    expect(CHART_LABEL).toBe(`jupyterhub-${CHART_VERSION}`);
  });

  it('is the release the chart defaults were made from (prepare-chart.sh sets the chart’s own image tags to it)', () => {
    const tag = (chartDefaults.hub as { image: { tag: string } }).image.tag;
    expect(tag).toBe(CHART_VERSION);
  });

  it('is the release the template list was made from', () => {
    expect(templates.version).toBe(CHART_VERSION);
  });
});
