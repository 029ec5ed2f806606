import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { formatPath, type Path } from '../../core/model/json.ts';
import type { WizardState } from '../../core/model/state.ts';
import type { Problem } from '../../core/validate/problem.ts';

/** Problems found in the current state, looked up by the key path of the field they belong to. */
export interface ProblemIndex {
  all: readonly Problem[];
  at(path: Path): readonly Problem[] | undefined;
  /** problems at `path` or anywhere below it */
  under(path: Path): readonly Problem[];
}

export function indexProblems(all: readonly Problem[]): ProblemIndex {
  const byPath = new Map<string, Problem[]>();
  for (const p of all) {
    const key = formatPath(p.path);
    byPath.set(key, [...(byPath.get(key) ?? []), p]);
  }
  return {
    all,
    at: (path) => byPath.get(formatPath(path)),
    under: (path) => {
      const prefix = formatPath(path);
      return all.filter((p) => {
        const key = formatPath(p.path);
        return key === prefix || key.startsWith(`${prefix}.`) || key.startsWith(`${prefix}[`);
      });
    },
  };
}

/** Wired to the core's validation once it lands. */
function checkState(_state: WizardState): Problem[] {
  return [];
}

const ProblemsContext = createContext<ProblemIndex>(indexProblems([]));

export function ProblemsProvider({ state, children }: { state: WizardState; children: ReactNode }) {
  const index = useMemo(() => indexProblems(checkState(state)), [state]);
  return <ProblemsContext.Provider value={index}>{children}</ProblemsContext.Provider>;
}

export function useProblems(): ProblemIndex {
  return useContext(ProblemsContext);
}
