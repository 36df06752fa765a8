/** Words as a sentence lists them: "a", "a and b", "a, b and c" (or "or"). No Intl: it may run before the first draw. */
export function wordList(words: readonly string[], conjunction: "and" | "or"): string {
  return words.length < 2
    ? (words[0] ?? "")
    : `${words.slice(0, -1).join(", ")} ${conjunction} ${words.at(-1) ?? ""}`;
}
