import { extraImages, freshImageKey, setExtraImages, type ExtraImage } from '../../core/features/extra-images.ts';
import { Section } from '../components/Section.tsx';
import { useProblems } from '../state/problems.tsx';
import { useWizard } from '../state/wizard-context.tsx';
import { FieldMessages } from '../components/Field.tsx';

export function PrePullerSection() {
  const { state, apply } = useWizard();
  const problems = useProblems();
  const rows = extraImages(state);
  const write = (next: ExtraImage[], key?: string) => apply(setExtraImages(next), key);
  const edit = (i: number, patch: Partial<ExtraImage>) => write(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)), `extraImages.${i}`);
  return (
    <Section id="prepuller" title="Image pre-pulling" summary="Pull user images onto nodes before users need them.">
      <fieldset className="field">
        <legend>Extra images</legend>
        <table className="grid">
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Image</th>
              <th scope="col">Tag</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <td><input aria-label={`Image ${i + 1} key`} value={row.key} spellCheck={false} onChange={(e) => edit(i, { key: e.target.value })} /></td>
                <td><input aria-label={`Image ${i + 1} name`} value={row.name} placeholder="quay.io/org/image" spellCheck={false} onChange={(e) => edit(i, { name: e.target.value })} /></td>
                <td><input aria-label={`Image ${i + 1} tag`} value={row.tag} placeholder="1.0" spellCheck={false} onChange={(e) => edit(i, { tag: e.target.value })} /></td>
                <td><button type="button" className="icon" aria-label={`Remove image ${i + 1}`} onClick={() => write(rows.filter((_, j) => j !== i))}>✕</button></td>
              </tr>
            ))}
          </tbody>
        </table>
        <FieldMessages id="extra-images-msg" problems={problems.under(['prePuller', 'extraImages'])} />
        <button type="button" className="add" onClick={() => write([...rows, { key: freshImageKey(rows), name: '', tag: '' }])}>
          Add image
        </button>
      </fieldset>
    </Section>
  );
}
