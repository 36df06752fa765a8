/**
 * A show's title as titles are told apart: in any capitals, and a no-break or thin space as a space. Two
 * shows whose titles are the same so are two rows of one name on the chart, and a sheet's show cell naming
 * that title could mean either.
 */
export const showTitleKey = (title: string): string =>
  title
    .replace(/[^\P{Zs} ]/gu, " ")
    .trim()
    .toLowerCase();

/** Each show that has an earlier show's title (showTitleKey), by its index, with that earlier show's. */
export function repeatedTitles(shows: readonly { readonly title: string }[]): Map<number, number> {
  const first = new Map<string, number>();
  const repeats = new Map<number, number>();
  shows.forEach(({ title }, i) => {
    const key = showTitleKey(title);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else repeats.set(i, earlier);
  });
  return repeats;
}
