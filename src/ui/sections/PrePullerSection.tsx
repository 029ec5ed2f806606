import { useEffect, useId, useState } from 'react';
import { deepEqual } from '../../core/model/json.ts';
import type { Problem } from '../../core/validate/problem.ts';
import { extraImages, freshImageKey, setExtraImages, type ExtraImage } from '../../core/features/extra-images.ts';
import { PREPULLER_PATHS, helmTimeout } from '../../core/features/prepuller.ts';
import { effective, setValue } from '../../core/model/updates.ts';
import { FieldMessages, Toggle } from '../components/Field.tsx';
import { FieldForm } from '../components/FieldForm.tsx';
import { Section } from '../components/Section.tsx';
import { useProblems } from '../state/problems.tsx';
import { useWizardSlice, type Slice } from '../state/wizard-context.tsx';

/** The parts of the setup this section reads; it re-renders only when they change. */
const SLICE: Slice = { values: ['prePuller'] };

const POLICIES = ['', 'IfNotPresent', 'Always', 'Never'] as const;
const DOCS = 'https://z2jh.jupyter.org/en/stable/administrator/optimization.html#pulling-images-before-users-arrive';

export function PrePullerSection() {
  const { state, apply } = useWizardSlice(SLICE);
  const problems = useProblems();
  const P = PREPULLER_PATHS;
  const hook = effective(state, P.hook) !== false;
  const timeout = helmTimeout(state);
  return (
    <Section id="prepuller" title="Image pre-pulling" summary="Pull user images onto nodes before users need them, so servers start fast.">
      <Toggle label="Hook pre-puller" checked={hook} onChange={(on) => apply(setValue(P.hook, on))}
        hint={<>Before each install or upgrade, every node pulls the user images, and <code>helm upgrade</code> waits until they all have.{timeout && <> Give helm <code>--timeout {timeout}</code> or more.</>} <a href={DOCS} target="_blank" rel="noreferrer">Docs</a></>} />
      {hook && (
        <Toggle label="Only when images change" checked={effective(state, P.pullOnlyOnChanges) !== false} onChange={(on) => apply(setValue(P.pullOnlyOnChanges, on))}
          hint="Skip the hook on upgrades that keep the same images." />
      )}
      <Toggle label="Continuous pre-puller" checked={effective(state, P.continuous) !== false} onChange={(on) => apply(setValue(P.continuous, on))}
        hint="A DaemonSet that pulls the images on nodes added later, e.g. by an autoscaler." />
      <Toggle label="Pre-pull profile list images" checked={effective(state, P.pullProfileListImages) !== false}
        onChange={(on) => apply(setValue(P.pullProfileListImages, on))} hint="The images of singleuser.profileList's choices." />
      <ExtraImages rows={extraImages(state)} write={(rows, key) => apply(setExtraImages(rows), key)} problemsAt={(k) => problems.under(['prePuller', 'extraImages', k])} />
    </Section>
  );
}

/**
 * Rows are kept here while a key is empty or used twice (a map cannot hold them); only rows with
 * a unique key are written, so no row is lost while the admin types.
 */
function ExtraImages({ rows: stored, write: writeStored, problemsAt }: { rows: ExtraImage[]; write(rows: ExtraImage[], key?: string): void; problemsAt(key: string): readonly Problem[] }) {
  const [rows, setRows] = useState(stored);
  // a table row cannot hold a <form>: each row's controls name theirs (in the first cell) with form=
  const formId = useId();
  useEffect(() => {
    setRows((current) => (deepEqual(writable(current), stored) ? current : stored));
  }, [stored]);
  const write = (next: ExtraImage[], key?: string) => {
    setRows(next);
    writeStored(writable(next), key);
  };
  const edit = (i: number, patch: Partial<ExtraImage>) => write(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)), `extraImages.${i}`);
  const localProblems = (row: ExtraImage, i: number): Problem[] =>
    row.key === ''
      ? [{ code: 'field-empty-key', severity: 'error', path: [], message: `Image ${i + 1} needs a key.` }]
      : rows.findIndex((r) => r.key === row.key) !== i
        ? [{ code: 'field-duplicate-key', severity: 'error', path: [], message: `The key "${row.key}" is used by another image; keys must be unique.` }]
        : [];
  return (
    <fieldset className="field">
      <legend>Extra images</legend>
      <p className="hint">The key names the puller's container, so it must be a DNS label (a-z, 0-9, -).</p>
      {rows.length > 0 && (
        <table className="grid images-grid">
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Image</th>
              <th scope="col">Tag</th>
              <th scope="col">Pull policy</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const problems = problemsAt(row.key);
              return (
                <tr key={i}>
                  <td data-label="Key"><FieldForm id={`${formId}-${i}`} /><input form={`${formId}-${i}`} aria-label={`Image ${i + 1} key`} value={row.key} spellCheck={false} aria-invalid={problems.some((p) => p.path.length === 3 && p.severity === 'error') || undefined} onChange={(e) => edit(i, { key: e.target.value })} /></td>
                  <td data-label="Image"><input form={`${formId}-${i}`} aria-label={`Image ${i + 1} name`} value={row.name} placeholder="quay.io/org/image" spellCheck={false} onChange={(e) => edit(i, { name: e.target.value })} /></td>
                  <td data-label="Tag"><input form={`${formId}-${i}`} aria-label={`Image ${i + 1} tag`} value={row.tag} placeholder="1.0" spellCheck={false} onChange={(e) => edit(i, { tag: e.target.value })} /></td>
                  <td data-label="Pull policy">
                    <select form={`${formId}-${i}`} aria-label={`Image ${i + 1} pull policy`} value={row.pullPolicy ?? ''} onChange={(e) => edit(i, e.target.value ? { pullPolicy: e.target.value } : { pullPolicy: undefined })}>
                      {POLICIES.map((p) => <option key={p} value={p}>{p || 'default'}</option>)}
                    </select>
                  </td>
                  <td><button type="button" className="icon" aria-label={`Remove image ${i + 1}`} onClick={() => write(rows.filter((_, j) => j !== i))}>✕</button></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {rows.map((row, i) => <FieldMessages key={i} id={`image-${i}-msg`} problems={[...localProblems(row, i), ...problemsAt(row.key)]} />)}
      <button type="button" className="add" onClick={() => write([...rows, { key: freshImageKey(rows), name: '', tag: '' }])}>Add image</button>
    </fieldset>
  );
}

function writable(rows: readonly ExtraImage[]): ExtraImage[] {
  const seen = new Set<string>();
  return rows.filter((r) => r.key !== '' && !seen.has(r.key) && seen.add(r.key));
}
