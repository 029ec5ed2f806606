import { memo, useMemo, type ReactNode } from 'react';
import type { JsonObject } from '../../../core/model/json.ts';
import { diffLines, type LineMarks } from './line-diff.ts';
import { resourceLines, resourceYaml } from './resource-yaml.ts';

/**
 * One resource's YAML. When the last edit changed it, the new and changed lines are marked, and a
 * rule shows where lines were removed. `previous` is the object before the edit (null: the edit
 * added it; undefined: the edit did not touch it). The text content is exactly the YAML.
 */
export const ResourceYaml = memo(function ResourceYaml({ id, label, object, previous }: { id: string; label: string; object: JsonObject; previous: JsonObject | null | undefined }) {
  const text = resourceYaml(object);
  // the line diff runs only when the text or what it is compared with changed
  const body = useMemo((): ReactNode => {
    if (previous === undefined) return text;
    const lines = resourceLines(object);
    if (previous === null) return markedLines(lines, { changed: lines.map(() => true), removedBefore: [] });
    return resourceYaml(previous) === text ? text : markedLines(lines, diffLines(resourceLines(previous), lines));
  }, [object, text, previous]);
  return (
    <pre className="code resource-yaml" id={id} aria-label={label} tabIndex={0}>
      {body}
    </pre>
  );
});

/** Unchanged runs as plain text, changed lines in <mark>, removals as an empty rule. */
function markedLines(lines: readonly string[], { changed, removedBefore }: LineMarks): ReactNode[] {
  const out: ReactNode[] = [];
  let run = '';
  const flush = () => {
    if (run) out.push(run);
    run = '';
  };
  const removal = (i: number) => {
    const n = removedBefore[i] ?? 0;
    if (n === 0) return;
    flush();
    out.push(<span key={`r${i}`} className="line-removed" title={n === 1 ? '1 line removed' : `${n} lines removed`} />);
  };
  lines.forEach((line, i) => {
    removal(i);
    if (changed[i]) {
      flush();
      out.push(<mark key={i} className="line-changed">{`${line}\n`}</mark>);
    } else run += `${line}\n`;
  });
  removal(lines.length);
  flush();
  return out;
}
