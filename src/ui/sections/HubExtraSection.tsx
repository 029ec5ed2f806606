import { lazy, Suspense, useCallback } from 'react';
import { addSnippet, deleteSnippet, freshSnippetName, runOrder, setSnippetCode, snippets } from '../../core/features/extra-config.ts';
import { Section } from '../components/Section.tsx';
import { useWizard } from '../state/wizard-context.tsx';

// Monaco is a big chunk: it loads only when a snippet editor is first shown.
const PythonEditor = lazy(() => import('../editor/PythonEditor.tsx'));

export function HubExtraSection() {
  const { state, apply } = useWizard();
  const list = snippets(state);
  const order = runOrder(list.map((s) => s.name));
  return (
    <Section id="hub-extra" title="Hub extra config" summary="Python run by the hub's jupyterhub_config.py, and values it can read.">
      <div className="snippets">
        {list.map((s) => (
          <SnippetEditor key={s.name} name={s.name} code={s.code} position={order.indexOf(s.name) + 1} />
        ))}
      </div>
      <button type="button" className="add" onClick={() => apply(addSnippet(freshSnippetName(list)))}>
        Add snippet
      </button>
    </Section>
  );
}

function SnippetEditor({ name, code, position }: { name: string; code: string; position: number }) {
  const { apply } = useWizard();
  const onChange = useCallback((v: string) => apply(setSnippetCode(name, v), `extraConfig.${name}`), [apply, name]);
  return (
    <div className="snippet">
      <div className="snippet-head">
        <span className="snippet-name">{name}</span>
        <span className="snippet-order">runs {ordinal(position)}</span>
        <button type="button" className="icon" aria-label={`Delete snippet ${name}`} onClick={() => apply(deleteSnippet(name))}>✕</button>
      </div>
      <Suspense fallback={<div className="editor-loading">Loading the Python editor…</div>}>
        <PythonEditor label={`extraConfig ${name}`} value={code} onChange={onChange} theme="light" />
      </Suspense>
    </div>
  );
}

function ordinal(n: number): string {
  const suffix = n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
