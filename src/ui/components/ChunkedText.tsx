import { memo, useMemo } from 'react';

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
 * Long preformatted text (a big config.yaml) as chunks of lines. Only the chunks whose text changed
 * are updated by React, and the browser skips laying out chunks that are off screen
 * (`content-visibility: auto`). The element's text is still exactly `text`, for copy, find and tests.
 */
export function ChunkedText({ text }: { text: string }) {
  const chunks = useMemo(() => splitIntoChunks(text), [text]);
  return (
    <>
      {chunks.map((chunk, i) => (
        <Chunk key={i} text={chunk} />
      ))}
    </>
  );
}

const Chunk = memo(function Chunk({ text }: { text: string }) {
  return <span className="text-chunk">{text}</span>;
});
