import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ImportErrorInfo } from '../../core/restore/index.ts';
import type { UpgradeChange } from '../../core/config/upgrade.ts';
import type { ImportedConfig } from '../../core/model/state.ts';
import type { Problem } from '../../core/validate/problem.ts';

/** What an import did, for the panel the admin reads and dismisses. */
export interface ImportReport {
  /** `the pasted text`, or the file's name */
  source: string;
  changes: UpgradeChange[];
  /** what chart 4.x does differently with the file's values (a file of chart 3.x or older) */
  behaviourChanges?: Problem[];
  notices: string[];
  /** the file as the work holds it after the import: while the work holds another (Undo, New), the report is no longer true */
  imported?: ImportedConfig;
}

/** Messages about the work as a whole: links, saved work, imports. */
export type NoticeInput =
  | { kind: 'error'; title: string; text: string; tag?: string }
  | { kind: 'info'; text: string; tag?: string }
  | { kind: 'import-report'; report: ImportReport }
  | { kind: 'import-error'; source: string; error: ImportErrorInfo };

export type Notice = NoticeInput & { id: number };

export interface Notices {
  list: Notice[];
  /** shows a notice; one of `replacing`'s kinds already shown goes away, and so does one with the same tag */
  notify(notice: NoticeInput, replacing?: Notice['kind'][]): void;
  dismiss(id: number): void;
  /** removes the notice with this tag, if one is shown */
  dismissTag(tag: string): void;
}

const NoticesContext = createContext<Notices | null>(null);

let nextId = 1;
const withId = (n: NoticeInput): Notice => ({ ...n, id: nextId++ });

export function NoticesProvider({ initial, children }: { initial: NoticeInput[]; children: ReactNode }) {
  const [list, setList] = useState<Notice[]>(() => initial.map(withId));
  const notify = useCallback((notice: NoticeInput, replacing: Notice['kind'][] = []) => {
    const tag = tagOf(notice);
    setList((l) => [...l.filter((n) => !replacing.includes(n.kind) && (tag === undefined || tagOf(n) !== tag)), withId(notice)]);
  }, []);
  const dismiss = useCallback((id: number) => setList((l) => l.filter((n) => n.id !== id)), []);
  const dismissTag = useCallback((tag: string) => setList((l) => (l.some((n) => tagOf(n) === tag) ? l.filter((n) => tagOf(n) !== tag) : l)), []);
  const value = useMemo(() => ({ list, notify, dismiss, dismissTag }), [list, notify, dismiss, dismissTag]);
  return <NoticesContext.Provider value={value}>{children}</NoticesContext.Provider>;
}

function tagOf(notice: NoticeInput): string | undefined {
  return 'tag' in notice ? notice.tag : undefined;
}

export function useNotices(): Notices {
  const notices = useContext(NoticesContext);
  if (!notices) throw new Error('useNotices outside NoticesProvider');
  return notices;
}
