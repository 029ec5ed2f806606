import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import chartTemplates from '../data/chart-templates.json' with { type: 'json' };
import { TEMPLATE_PORTS, portModules, type TemplatePort } from './ports.ts';

const chartDir = import.meta.dirname;
const goldenDir = join(chartDir, '../../../test/golden');

/** The templates real helm rendered objects from, over every golden file (their `# Source:` lines). */
function templatesHelmRendered(): Set<string> {
  const out = new Set<string>();
  for (const dir of ['expected', 'corpus-expected']) {
    for (const f of readdirSync(join(goldenDir, dir)).filter((f) => f.endsWith('.yaml'))) {
      for (const m of readFileSync(join(goldenDir, dir, f), 'utf8').matchAll(/^# Source: jupyterhub\/templates\/(\S+)$/gm)) out.add(m[1]!);
    }
  }
  return out;
}

/** Reads a module named in the table (a path under src/core/chart/), or undefined when there is none. */
function readModule(path: string): string | undefined {
  const file = join(chartDir, path);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** What is wrong between a template list and a port table, one line per problem. */
function portTableProblems(
  templates: readonly string[],
  ports: Readonly<Record<string, TemplatePort>>,
  moduleText: (path: string) => string | undefined,
): string[] {
  const problems: string[] = [];
  for (const t of templates) if (!Object.hasOwn(ports, t)) problems.push(`${t}: no port entry`);
  for (const [t, port] of Object.entries(ports)) {
    if (!templates.includes(t)) problems.push(`${t}: not a template of the chart`);
    const modules = portModules(port);
    if (port.kind === 'unused' ? !port.why : modules.length === 0) problems.push(`${t}: says neither where it is ported nor why not`);
    const texts = modules.map((m) => {
      const text = moduleText(m);
      if (text === undefined) problems.push(`${t}: ${m} does not exist`);
      return text ?? '';
    });
    // a template that renders (or refuses) is named by its port: the Docs and failures carry its path
    if ((port.kind === 'renders' || port.kind === 'checks') && !texts.some((text) => text.includes(`'${t}'`))) {
      problems.push(`${t}: none of ${modules.join(', ')} names it`);
    }
  }
  return problems;
}

describe('the port table', () => {
  it('has an entry for every template of the chart, names only modules that exist, and nothing else', () => {
    expect(chartTemplates.templates.length).toBeGreaterThan(40);
    expect(portTableProblems(chartTemplates.templates, TEMPLATE_PORTS, readModule)).toEqual([]);
  });

  it('says "renders" of exactly the templates real helm rendered objects from in the golden files', () => {
    const rendered = [...templatesHelmRendered()].sort();
    const marked = Object.keys(TEMPLATE_PORTS).filter((t) => TEMPLATE_PORTS[t]!.kind === 'renders').sort();
    expect(rendered.length).toBeGreaterThan(30);
    expect(marked).toEqual(rendered);
  });

  it('catches a new template, a stale entry, a missing module and a port that does not render it', () => {
    const ports: Record<string, TemplatePort> = {
      'hub/pdb.yaml': { kind: 'renders', modules: ['components/hub/pdb.ts'] },
      'hub/gone.yaml': { kind: 'renders', modules: ['components/hub/gone.ts'] },
      'hub/service.yaml': { kind: 'renders', modules: ['components/hub/pdb.ts'] },
    };
    expect(portTableProblems(['hub/pdb.yaml', 'hub/service.yaml', 'hub/new.yaml'], ports, readModule)).toEqual([
      'hub/new.yaml: no port entry',
      'hub/gone.yaml: not a template of the chart',
      'hub/gone.yaml: components/hub/gone.ts does not exist',
      'hub/gone.yaml: none of components/hub/gone.ts names it',
      'hub/service.yaml: none of components/hub/pdb.ts names it',
    ]);
  });
});
