import { useEffect, useState } from 'react';

export type Engine = typeof import('./engine.ts');

let loaded: Engine | null = null;
let loading: Promise<Engine> | null = null;

/** Starts loading the engine chunk (once) and resolves with it. */
export function loadEngine(): Promise<Engine> {
  loading ??= import('./engine.ts').then((m) => (loaded = m));
  return loading;
}

/** The engine if it has loaded, else null. */
export function loadedEngine(): Engine | null {
  return loaded;
}

/** The engine, for code that only runs once it has loaded (after a user action or a timer). */
export function engine(): Engine {
  if (!loaded) throw new Error('z2jh-wizard: the engine is used before it loaded');
  return loaded;
}

/**
 * The engine for a component: null until it has loaded (the component shows a placeholder), then
 * the module. Using it starts the load.
 */
export function useEngine(): Engine | null {
  const [engine, setEngine] = useState(loaded);
  useEffect(() => {
    if (engine) return;
    let live = true;
    void loadEngine().then((e) => live && setEngine(e));
    return () => {
      live = false;
    };
  }, [engine]);
  return engine;
}

/** Loads the engine once the first frame is painted, so it is ready before the admin needs it. */
export function preloadEngineAfterPaint(): void {
  const start = () => void loadEngine();
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 500 });
  else setTimeout(start, 50);
}
