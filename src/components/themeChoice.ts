// The theme as chosen and as the system prefers it, without React: the page's first script (main.tsx)
// sets it before the first paint, before the app has loaded.

export type ThemeChoice = "system" | "light" | "dark";

export const THEME_KEY = "theme";

/** The remembered choice; storage can be missing or blocked, and then there is none. */
export function readChoice(): string | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage.getItem(THEME_KEY);
  } catch {
    return null;
  }
}

export function systemDark(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}

/** The theme to draw in before React runs, so that a dark system never flashes light. */
export function initialTheme(): "light" | "dark" {
  const stored = readChoice();
  return stored === "dark" || (stored !== "light" && systemDark()) ? "dark" : "light";
}
