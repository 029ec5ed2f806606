import { memo, useMemo, type ReactNode } from 'react';
import type { JsonObject } from '../../../core/model/json.ts';
import { diffLines, type LineMarks } from '../../../core/text/line-marks.ts';
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
    const lines = resourceLines(object);
    if (previous === undefined) return markedLines(lines, null);
    if (previous === null) return markedLines(lines, { changed: lines.map(() => true), removedBefore: [] });
    return resourceYaml(previous) === text ? markedLines(lines, null) : markedLines(lines, diffLines(resourceLines(previous), lines));
  }, [object, text, previous]);
  return (
    <pre className="code resource-yaml" id={id} aria-label={label} tabIndex={0}>
      {body}
    </pre>
  );
});

/** Lines per block: an edit re-lays out the block it is in, not the whole resource. */
const LINES_PER_BLOCK = 40;

/**
 * The lines in blocks of 40 (laid out on their own, and skipped off screen: `.text-chunk`); in
 * each, unchanged runs as plain text, changed lines in <mark>, removals as an empty rule.
 */
function markedLines(lines: readonly string[], marks: LineMarks | null): ReactNode[] {
  const blocks: ReactNode[] = [];
  for (let start = 0; start < lines.length || (start === 0 && marks?.removedBefore[0]); start += LINES_PER_BLOCK) {
    const end = Math.min(start + LINES_PER_BLOCK, lines.length);
    blocks.push(
      <span key={start} className="text-chunk">
        {blockNodes(lines, start, end, marks, end === lines.length)}
      </span>,
    );
    if (end === lines.length) break;
  }
  return blocks;
}

function blockNodes(lines: readonly string[], start: number, end: number, marks: LineMarks | null, isLast: boolean): ReactNode[] {
  const out: ReactNode[] = [];
  let run = '';
  const flush = () => {
    if (run) out.push(run);
    run = '';
  };
  const removal = (i: number) => {
    const n = marks?.removedBefore[i] ?? 0;
    if (n === 0) return;
    flush();
    out.push(<span key={`r${i}`} className="line-removed" title={n === 1 ? '1 line removed' : `${n} lines removed`} />);
  };
  for (let i = start; i < end; i++) {
    removal(i);
    if (marks?.changed[i]) {
      flush();
      out.push(<mark key={i} className="line-changed">{`${lines[i]}\n`}</mark>);
    } else run += `${lines[i]}\n`;
  }
  if (isLast) removal(lines.length);
  flush();
  return out;
}
