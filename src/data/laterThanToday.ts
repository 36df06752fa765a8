/**
 * A string every day of publication after today sorts after, and today's does not anywhere on Earth: the
 * instant a day from now in ISO form ("2026-12-08T06:00:00.000Z"), which "2026-12-08" sorts before (a
 * prefix) and "2026-12-09" after. A day ahead, since a page published today at UTC+14 is dated tomorrow in UTC.
 */
export const laterThanToday = () => new Date(Date.now() + 864e5).toJSON();
