import { createContext, useContext, useDeferredValue, useMemo, type ReactNode } from 'react';
import { formatPath, type Path } from '../../core/model/json.ts';
import type { Problem } from '../../core/validate/problem.ts';
import { useEngine } from '../engine/load-engine.ts';
import { useWizard } from './wizard-context.tsx';

/** Problems found in the current state, looked up by the key path of the field they belong to. */
export interface ProblemIndex {
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

const noProblems = indexProblems([]);
const ProblemsContext = createContext<ProblemIndex>(noProblems);

export function ProblemsProvider({ children }: { children: ReactNode }) {
  const { state } = useWizard();
  // Validation runs after the edit has painted (a deferred render), and once the engine with the
  // validator has loaded: the previews never wait for it.
  const engine = useEngine();
  const deferred = useDeferredValue(state);
  const index = useMemo(() => (engine ? indexProblems(engine.validateState(deferred)) : noProblems), [engine, deferred]);
  return <ProblemsContext.Provider value={index}>{children}</ProblemsContext.Provider>;
}

export function useProblems(): ProblemIndex {
  return useContext(ProblemsContext);
}
