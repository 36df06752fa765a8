/**
 * The day a spreadsheet's count of days stands for (from 30 December 1899: 42614 is 1 September 2016), as
 * an ISO day; null outside 1954 to 2099 (counts 20000 to 73050), where a five-digit number is more likely
 * something else than a day of news about television.
 */
export function serialDay(count: number): string | null {
  if (!(count >= 20000 && count <= 73050)) return null;
  return new Date(Date.UTC(1899, 11, 30) + Math.floor(count) * 86_400_000).toISOString().slice(0, 10);
}
