import { memo, useMemo } from 'react';
import type { LineMark } from './line-marks.ts';

/** Lines per chunk: small enough that an edit re-lays out little, large enough to keep few nodes. */
const LINES_PER_CHUNK = 40;

/** Splits text into chunks of whole lines, each ending with its newline, so they join back exactly. */
export function splitIntoChunks(text: string, linesPerChunk = LINES_PER_CHUNK): string[] {
  const chunks: string[] = [];
  let start = 0;
  let lines = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 10) continue;
    if (++lines === linesPerChunk) {
      chunks.push(text.slice(start, i + 1));
      start = i + 1;
      lines = 0;
    }
  }
  if (start < text.length) chunks.push(text.slice(start));
  return chunks;
}

/**
 * Long preformatted text (a big config.yaml) as chunks of lines. Only the chunks whose text (or
 * marks) changed are updated by React, and the browser skips laying out chunks that are off screen
 * (`content-visibility: auto`). The element's text is still exactly `text`, for copy, find and
 * tests. `marks` highlights lines with problems (1-based line numbers), the message as a tooltip.
 */
export function ChunkedText({ text, marks }: { text: string; marks?: ReadonlyMap<number, LineMark> }) {
  const chunks = useMemo(() => splitIntoChunks(text), [text]);
  return (
    <>
      {chunks.map((chunk, i) => {
        const chunkMarks = marks && marks.size > 0 ? marksIn(marks, i * LINES_PER_CHUNK + 1) : undefined;
        return <Chunk key={i} text={chunk} firstLine={i * LINES_PER_CHUNK + 1} marks={chunkMarks} marksKey={chunkMarks ? keyOf(chunkMarks) : ''} />;
      })}
    </>
  );
}

function marksIn(marks: ReadonlyMap<number, LineMark>, firstLine: number): Map<number, LineMark> | undefined {
  let out: Map<number, LineMark> | undefined;
  for (const [line, mark] of marks) {
    if (line < firstLine || line >= firstLine + LINES_PER_CHUNK) continue;
    (out ??= new Map()).set(line, mark);
  }
  return out;
}

function keyOf(marks: Map<number, LineMark>): string {
  let key = '';
  for (const [line, m] of marks) key += `${line}:${m.severity}:${m.messages.join('\u0000')}\u0001`;
  return key;
}

interface ChunkProps {
  text: string;
  firstLine: number;
  marks: Map<number, LineMark> | undefined;
  /** the marks as a string: what the memo compares (a new Map on every render is not a change) */
  marksKey: string;
}

const Chunk = memo(
  function Chunk({ text, firstLine, marks }: ChunkProps) {
    if (!marks) return <span className="text-chunk">{text}</span>;
    const lines = text.split(/(?<=\n)/);
    return (
      <span className="text-chunk">
        {lines.map((line, i) => {
          const mark = marks.get(firstLine + i);
          if (!mark) return line;
          return (
            <mark key={i} className={`line-mark line-mark-${mark.severity}`} data-line={firstLine + i} title={mark.messages.join('\n')}>
              {line}
            </mark>
          );
        })}
      </span>
    );
  },
  (a, b) => a.text === b.text && a.firstLine === b.firstLine && a.marksKey === b.marksKey,
);
