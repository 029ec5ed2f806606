import { useSyncExternalStore } from 'react';

export type Engine = typeof import('./engine.ts');

let loaded: Engine | null = null;
let loading: Promise<Engine> | null = null;
const listeners = new Set<() => void>();

/** Starts loading the engine chunk (once) and resolves with it. */
export function loadEngine(): Promise<Engine> {
  loading ??= import('./engine.ts').then((m) => {
    loaded = m;
    for (const listener of listeners) listener();
    return m;
  });
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

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The engine for a component: null until it has loaded (the component shows a placeholder or does
 * without), then the module. It does not start the load: the app does that once it is up
 * (`preloadEngineAfterPaint`), and a component that needs it now calls `loadEngine()`.
 */
export function useEngine(): Engine | null {
  return useSyncExternalStore(subscribe, loadedEngine);
}

/**
 * Loads the engine once the page is up: at the admin's first interaction with it, or when the
 * browser is idle a moment after the first paint, whichever comes first. Nothing the first paint
 * shows needs it, so it is not part of what the page loads before it can be used.
 */
export function preloadEngineAfterPaint(): () => void {
  const events = ['pointerdown', 'keydown', 'focusin'] as const;
  let done = false;
  const start = () => {
    if (done) return;
    done = true;
    for (const e of events) window.removeEventListener(e, start, true);
    clearTimeout(timer);
    void loadEngine();
  };
  for (const e of events) window.addEventListener(e, start, { capture: true, once: true });
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 1000 }) : start());
  const timer = setTimeout(idle, IDLE_DELAY_MS);
  return () => {
    for (const e of events) window.removeEventListener(e, start, true);
    clearTimeout(timer);
  };
}

/** How long after the app mounts the engine loads if the admin has not touched the page yet. */
const IDLE_DELAY_MS = 1000;
