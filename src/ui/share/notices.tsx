import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ImportErrorInfo } from '../../core/restore/index.ts';
import type { UpgradeChange } from '../../core/config/upgrade.ts';

/** What an import did, for the panel the admin reads and dismisses. */
export interface ImportReport {
  /** `the pasted text`, or the file's name */
  source: string;
  changes: UpgradeChange[];
  notices: string[];
}

/** Messages about the work as a whole: links, saved work, imports. */
export type NoticeInput =
  | { kind: 'error'; title: string; text: string }
  | { kind: 'info'; text: string }
  | { kind: 'import-report'; report: ImportReport }
  | { kind: 'import-error'; source: string; error: ImportErrorInfo };

export type Notice = NoticeInput & { id: number };

export interface Notices {
  list: Notice[];
  /** shows a notice; one of `replacing`'s kinds already shown goes away */
  notify(notice: NoticeInput, replacing?: Notice['kind'][]): void;
  dismiss(id: number): void;
}

const NoticesContext = createContext<Notices | null>(null);

let nextId = 1;
const withId = (n: NoticeInput): Notice => ({ ...n, id: nextId++ });

export function NoticesProvider({ initial, children }: { initial: NoticeInput[]; children: ReactNode }) {
  const [list, setList] = useState<Notice[]>(() => initial.map(withId));
  const notify = useCallback((notice: NoticeInput, replacing: Notice['kind'][] = []) => {
    setList((l) => [...l.filter((n) => !replacing.includes(n.kind)), withId(notice)]);
  }, []);
  const dismiss = useCallback((id: number) => setList((l) => l.filter((n) => n.id !== id)), []);
  const value = useMemo(() => ({ list, notify, dismiss }), [list, notify, dismiss]);
  return <NoticesContext.Provider value={value}>{children}</NoticesContext.Provider>;
}

export function useNotices(): Notices {
  const notices = useContext(NoticesContext);
  if (!notices) throw new Error('useNotices outside NoticesProvider');
  return notices;
}
