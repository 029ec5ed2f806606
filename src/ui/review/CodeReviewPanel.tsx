import { lazy, Suspense, useEffect, useRef } from 'react';
import { useNearViewport } from '../components/use-near-viewport.ts';
import type { CodeReviewItem } from '../../core/code-review/types.ts';
import { useEngine } from '../engine/load-engine.ts';
import { useWizardSlice, type Slice } from '../state/wizard-context.tsx';
import './code-review.css';

const REVIEW: Slice = { values: [], same: (a, b) => a.review === b.review };
const NO_KEYS: readonly string[] = [];

// the Python is shown in the same (lazy) Monaco editor as the snippets, read-only
const PythonEditor = lazy(() => import('../editor/PythonEditor.tsx'));

/**
 * Code that came with a link or an imported file, listed before it joins the work: each piece with
 * its place and its code, accepted or dropped one by one or all at once (each an undoable step).
 * Until accepted a piece is in no config.yaml, manifest, download or share link.
 */
export function CodeReviewPanel({ theme }: { theme: 'light' | 'dark' }) {
  const { state, apply } = useWizardSlice(REVIEW);
  // the core's review code comes with the engine (it loads first when the page opens a link)
  const engine = useEngine();
  const items = engine ? engine.reviewItems(state) : [];
  const heading = useRef<HTMLHeadingElement>(null);
  const count = useRef(items.length);
  // after Accept or Drop the focus goes back to the panel's heading, not to the page's start
  useEffect(() => {
    if (items.length < count.current) heading.current?.focus();
    count.current = items.length;
  }, [items.length]);
  if (!engine) return <p className="hint code-review-loading">{state.review?.length ?? 0} pieces of code wait for your review (loading them…)</p>;
  if (items.length === 0) return null;
  const { acceptAllCode, acceptCode, dropAllCode, dropCode, waitingSentence } = engine;
  return (
    <section className="code-review" aria-labelledby="code-review-title">
      <h2 id="code-review-title" ref={heading} tabIndex={-1}>
        {waitingSentence(items.length)}
      </h2>
      <p>
        They came with what you opened and run in your cluster once deployed. Until you accept one, it is not in config.yaml, the manifests, a
        download or a share link. Read each one; accept what you trust, drop the rest.
      </p>
      <div className="code-review-all">
        <button type="button" onClick={() => apply(acceptAllCode)}>
          Accept all {items.length}
        </button>
        <button type="button" onClick={() => apply(dropAllCode)}>
          Drop all {items.length}
        </button>
      </div>
      <ol className="code-review-list">
        {items.map((item) => (
          <li key={item.id}>
            <PieceView item={item} theme={theme} onAccept={() => apply(acceptCode(item.id))} onDrop={() => apply(dropCode(item.id))} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function PieceView({ item, theme, onAccept, onDrop }: { item: CodeReviewItem; theme: 'light' | 'dark'; onAccept(): void; onDrop(): void }) {
  const titleId = `code-review-${item.id.replace(/[^\w-]/g, '_')}`;
  // Monaco only once the piece comes near the screen: a link with fifty snippets would otherwise
  // mount fifty editors at once (seconds, and tens of thousands of DOM nodes every edit then meets)
  const holder = useRef<HTMLDivElement>(null);
  const near = useNearViewport(holder);
  const plain = <pre className="code-piece-code">{item.code}</pre>;
  return (
    <article className="code-piece" aria-labelledby={titleId} data-testid={`code-piece-${item.place}`}>
      <h3 id={titleId}>{item.label}</h3>
      <p className="code-piece-place">
        Goes to <code>{item.place}</code>
      </p>
      {item.language === 'python' ? (
        <div ref={holder}>
          {near ? (
            <Suspense fallback={plain}>
              <PythonEditor label={`review ${item.place}`} value={item.code} theme={theme} customKeys={NO_KEYS} />
            </Suspense>
          ) : (
            plain
          )}
        </div>
      ) : (
        // focusable, so a keyboard user can scroll a long piece
        <pre className="code-piece-code" tabIndex={0} aria-label={`${item.label}: the code`}>
          <code>{item.code}</code>
        </pre>
      )}
      <div className="code-piece-actions">
        <button type="button" className="primary" onClick={onAccept} aria-label={`Accept ${item.place}`}>
          Accept
        </button>
        <button type="button" onClick={onDrop} aria-label={`Drop ${item.place}`}>
          Drop
        </button>
      </div>
    </article>
  );
}
