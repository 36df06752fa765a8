const DAY = 864e5;

/**
 * The first and last days (Monday and Sunday, as EDTF days) of ISO 8601 week `week` of `year`, whose week 1
 * is the one with the year's first Thursday (so 4 January is always in it); null for a week the year has
 * not (week 53 of most years).
 */
export function isoWeekDays(year: number, week: number): readonly [string, string] | null {
  const fourth = Date.UTC(year, 0, 4);
  // getUTCDay() counts from Sunday; ISO weeks from Monday.
  const monday = fourth - ((new Date(fourth).getUTCDay() + 6) % 7) * DAY + (week - 1) * 7 * DAY;
  const nextFirst = Date.UTC(year + 1, 0, 4);
  const nextMonday = nextFirst - ((new Date(nextFirst).getUTCDay() + 6) % 7) * DAY;
  if (week < 1 || monday >= nextMonday) return null;
  const day = (time: number) => new Date(time).toISOString().slice(0, 10);
  return [day(monday), day(monday + 6 * DAY)];
}
