import type { ThemeChoice } from "./useTheme.ts";

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: "dark", dark: "light", light: "system" };
const WORDS: Record<ThemeChoice, string> = {
  system: "Theme: system",
  dark: "Theme: dark",
  light: "Theme: light",
};

export function ThemeToggle({
  choice,
  onChange,
}: {
  readonly choice: ThemeChoice;
  readonly onChange: (c: ThemeChoice) => void;
}) {
  return (
    <button
      type="button"
      className="theme-toggle"
      onClick={() => onChange(NEXT[choice])}
      aria-label={`${WORDS[choice]} (change)`}
    >
      {WORDS[choice]}
    </button>
  );
}
