import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { formatPath, type Path } from '../../core/model/json.ts';
import type { Problem } from '../../core/validate/problem.ts';
import { useEngine } from '../engine/load-engine.ts';
import type { WizardState } from '../../core/model/state.ts';
import { useStateGetter, useWizardSettled } from './wizard-context.tsx';

/** Problems found in the current state, looked up by the key path of the field they belong to. */
export interface ProblemIndex {
  /** false until the setup has been checked once (the validator loads after the first paint) */
  checked: boolean;
  all: readonly Problem[];
  at(path: Path): readonly Problem[] | undefined;
  /** problems at `path` or anywhere below it */
  under(path: Path): readonly Problem[];
  /** problems with a wizard setting outside the Helm values, e.g. `certManager.email` */
  setting(name: string): readonly Problem[] | undefined;
}

export function indexProblems(all: readonly Problem[]): ProblemIndex {
  const byPath = new Map<string, Problem[]>();
  const bySetting = new Map<string, Problem[]>();
  for (const p of all) {
    if (p.setting) bySetting.set(p.setting, [...(bySetting.get(p.setting) ?? []), p]);
    const key = formatPath(p.path);
    byPath.set(key, [...(byPath.get(key) ?? []), p]);
  }
  return {
    checked: true,
    all,
    at: (path) => byPath.get(formatPath(path)),
    setting: (name) => bySetting.get(name),
    under: (path) => {
      const prefix = formatPath(path);
      return all.filter((p) => {
        const key = formatPath(p.path);
        return key === prefix || key.startsWith(`${prefix}.`) || key.startsWith(`${prefix}[`);
      });
    },
  };
}

/** Before the first check: no problem known yet. */
const notChecked: ProblemIndex = { ...indexProblems([]), checked: false };

/** How long typing must pause before the setup is validated again. */
const VALIDATE_AFTER_MS = 150;

function sameProblems(a: readonly Problem[], b: readonly Problem[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => {
      const q = b[i]!;
      return (
        p.code === q.code &&
        p.severity === q.severity &&
        p.message === q.message &&
        p.setting === q.setting &&
        formatPath(p.path) === formatPath(q.path) &&
        p.range?.line === q.range?.line &&
        p.range?.col === q.range?.col
      );
    })
  );
}
const ProblemsContext = createContext<ProblemIndex>(notChecked);

export function ProblemsProvider({ children }: { children: ReactNode }) {
  // Validation waits until typing pauses (and until the engine with the validator has loaded): the
  // previews never wait for it, and a keystroke costs no validation (nor a render of this provider).
  // The index is replaced only when the problems differ, so sections re-render only when their
  // messages could have changed.
  const engine = useEngine();
  const current = useStateGetter();
  const [index, setIndex] = useState(notChecked);
  const validate = useCallback(
    (state: WizardState) => {
      if (!engine) return;
      // each problem also located in config.yaml as the preview shows it, for the preview's line marks
      const problems = engine.locateInText(engine.validateState(state), engine.writeConfig(state), state.imported?.wrapperPath);
      setIndex((before) => (before.checked && sameProblems(before.all, problems) ? before : indexProblems(problems)));
    },
    [engine],
  );
  useEffect(() => validate(current()), [validate, current]);
  useWizardSettled(VALIDATE_AFTER_MS, validate);
  return <ProblemsContext.Provider value={index}>{children}</ProblemsContext.Provider>;
}

export function useProblems(): ProblemIndex {
  return useContext(ProblemsContext);
}
