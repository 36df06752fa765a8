import { useCallback, useEffect, useState } from "react";

export type ThemeChoice = "system" | "light" | "dark";

const KEY = "theme";

/** The remembered choice; storage can be missing or blocked, and then there is none. */
function readChoice(): string | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The theme to draw in before React runs, so that a dark system never flashes light. */
export function initialTheme(): "light" | "dark" {
  const stored = readChoice();
  return stored === "dark" || (stored !== "light" && systemDark()) ? "dark" : "light";
}

function systemDark(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}

/** Follows prefers-color-scheme unless the reader picks a theme; the pick is remembered on this device. */
export function useTheme(): { choice: ThemeChoice; dark: boolean; setChoice: (choice: ThemeChoice) => void } {
  const [choice, setChoiceState] = useState<ThemeChoice>(() => {
    const stored = readChoice();
    return stored === "light" || stored === "dark" ? stored : "system";
  });
  const [system, setSystem] = useState(systemDark);
  useEffect(() => {
    if (typeof window.matchMedia !== "function") return;
    const query = window.matchMedia("(prefers-color-scheme: dark)");
    const onChange = () => setSystem(query.matches);
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, []);
  const dark = choice === "dark" || (choice === "system" && system);
  useEffect(() => {
    document.documentElement.dataset["theme"] = dark ? "dark" : "light";
  }, [dark]);
  const setChoice = useCallback((next: ThemeChoice) => {
    setChoiceState(next);
    try {
      if (next === "system") localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, next);
    } catch {
      // Storage blocked (private mode, policy): the choice holds for this visit only.
    }
  }, []);
  return { choice, dark, setChoice };
}
