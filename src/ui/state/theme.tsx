import { readStored, writeStored } from './browser-storage.ts';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';

interface Theme {
  choice: ThemeChoice;
  /** what is shown now: the choice, or the system's preference */
  theme: 'light' | 'dark';
  setChoice(choice: ThemeChoice): void;
}

const STORAGE_KEY = 'z2jh-wizard:theme';
const ThemeContext = createContext<Theme>({ choice: 'system', theme: 'light', setChoice: () => {} });

function systemDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Follows the system's light or dark preference unless the admin picks one; the editor follows too. */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const [choice, setChoiceState] = useState<ThemeChoice>(() => {
    const saved = readStored(STORAGE_KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  });
  const [dark, setDark] = useState(systemDark);
  useEffect(() => {
    const mq = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setDark(mq.matches);
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  useEffect(() => {
    if (choice === 'system') document.documentElement.removeAttribute('data-theme');
    else document.documentElement.setAttribute('data-theme', choice);
  }, [choice]);
  const value = useMemo<Theme>(
    () => ({
      choice,
      theme: choice === 'system' ? (dark ? 'dark' : 'light') : choice,
      setChoice: (c) => {
        setChoiceState(c);
        // without storage the choice holds for this page only
        writeStored(STORAGE_KEY, c === 'system' ? null : c);
      },
    }),
    [choice, dark],
  );
  return <ThemeContext.Provider value={value}>{children}</ThemeContext.Provider>;
}

export function useTheme(): Theme {
  return useContext(ThemeContext);
}
