import { useEffect, useState } from 'react';
import type { Snapshot } from '../../core/saved/snapshots.ts';
import { loadSnapshots, SNAPSHOTS_STORAGE_KEY, subscribeSnapshots } from './snapshot-store.ts';

/** The earlier setups kept in this browser, read when the caller mounts and again when any tab changes them. */
export function useSnapshots(): Snapshot[] {
  const [list, setList] = useState(() => loadSnapshots());
  useEffect(() => {
    const reload = () => setList(loadSnapshots());
    const onStorage = (event: StorageEvent) => {
      if (event.key === SNAPSHOTS_STORAGE_KEY || event.key === null) reload();
    };
    window.addEventListener('storage', onStorage);
    const unsubscribe = subscribeSnapshots(reload);
    return () => {
      window.removeEventListener('storage', onStorage);
      unsubscribe();
    };
  }, []);
  return list;
}
