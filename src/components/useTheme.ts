import { useCallback, useEffect, useState } from "react";
import { readChoice, systemDark, THEME_KEY as KEY, type ThemeChoice } from "./themeChoice.ts";

export type { ThemeChoice };

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
