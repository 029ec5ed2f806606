import { useTheme, type ThemeChoice } from '../state/theme.tsx';

const next: Record<ThemeChoice, ThemeChoice> = { system: 'dark', dark: 'light', light: 'system' };
const labels: Record<ThemeChoice, string> = { system: 'Theme: system', dark: 'Theme: dark', light: 'Theme: light' };

/** Cycles system → dark → light; the page and the Python editor follow. */
export function ThemeToggle() {
  const { choice, setChoice } = useTheme();
  return (
    <button type="button" className="theme-toggle" aria-label={`${labels[choice]} (change)`} title="Light or dark: follows the system until you choose" onClick={() => setChoice(next[choice])}>
      <span aria-hidden="true">{choice === 'dark' ? '☾' : choice === 'light' ? '☀' : '◐'}</span> {labels[choice]}
    </button>
  );
}
