/**
 * The browser's local storage, as something that may be missing or refuse: a cross-site frame, a
 * browser setting or private mode makes merely reading `localStorage` throw, and a full quota
 * makes writing throw. Nothing here throws; the page works without storage, only without memory.
 */
export function localStore(): Storage | undefined {
  try {
    const storage = typeof localStorage === 'undefined' ? undefined : localStorage;
    // some browsers hand out the object but refuse its first use
    storage?.getItem('z2jh-wizard:probe');
    return storage;
  } catch {
    return undefined;
  }
}

/**
 * This tab's session storage (it survives a reload of the tab, not its closing), guarded the same
 * way: a denied or full store is reported as missing or refused, never thrown.
 */
export function sessionStore(): Storage | undefined {
  try {
    const storage = typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
    storage?.getItem('z2jh-wizard:probe');
    return storage;
  } catch {
    return undefined;
  }
}

export function readStored(key: string, storage: Storage | undefined = localStore()): string | null {
  try {
    return storage ? storage.getItem(key) : null;
  } catch {
    return null;
  }
}

/** Stores `value` (null removes the key); false when the browser refused. */
export function writeStored(key: string, value: string | null, storage: Storage | undefined = localStore()): boolean {
  if (!storage) return false;
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
