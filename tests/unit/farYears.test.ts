import { describe, expect, it } from "vitest";
import { farYears } from "../../src/data/farYears.ts";
import type { Source, TimelineEvent } from "../../src/data/schema.ts";
import { outsideBand, yearBand } from "../../src/data/yearBand.ts";

const source = (published: string | null): Source => ({
  id: `s${published ?? "null"}`,
  title: "T",
  publisher: "P",
  author: null,
  published,
  url: "https://example.com/a",
});
const event = (start: string | null, end?: string): TimelineEvent => ({
  id: "e",
  show: "s",
  kind: "filming",
  label: "L",
  certainty: "reported",
  start,
  ...(end === undefined ? {} : { end }),
  citations: [{ source: "s2016-05-11", quote: "q" }],
});
const band = yearBand([source("2015-12-01"), source("2016-05-11"), source(null)])!;
/** What farYears() says of an event, as outsideBand() lets it be asked (the fast check asks the same). */
const said = (e: TimelineEvent) => (outsideBand(e, band) ? farYears(e, band) : null);

describe("farYears(): a date far from when the sources were published, a typo of its year most likely", () => {
  it("says a year more than 30 years after the newest source, or 300 before the oldest, and how far", () => {
    expect(said(event("2106-05-01"))).toEqual({
      field: "start",
      reason:
        "2106-05-01 reaches 2106, 90 years after the newest source's publication (2016): check its year",
    });
    expect(said(event("0216-05-01"))?.reason).toBe(
      "0216-05-01 reaches 216, 1,799 years before the oldest source's publication (2015): check its year",
    );
    expect(said(event("-2016"))?.reason).toMatch(/^-2016 reaches 2017 BCE, 4,031 years before/);
    expect(said(event("Y20016"))?.reason).toMatch(/^Y20016 reaches 20016, 18,000 years after/);
    expect(said(event("2016-05", "2106-06"))).toMatchObject({ field: "end" });
    // Either end of an interval, an open one too, and either way.
    expect(said(event("2016-05/2106-06"))?.reason).toMatch(/^2016-05\/2106-06 reaches 2106, 90 years after/);
    expect(said(event("../2106"))?.reason).toMatch(/reaches 2106, 90 years after/);
    expect(said(event("../0216"))?.reason).toMatch(/reaches 216, 1,799 years before/);
    expect(said(event("2106/.."))?.reason).toMatch(/reaches 2106, 90 years after/);
  });

  it("says nothing of a date near the sources', however it is written, or of an event with no date", () => {
    for (const start of [
      "2046",
      "2016-05~",
      "2017-22",
      "201X",
      "2016-05/2017-06",
      "../2016-10",
      "[2016,2017]",
      "1716",
      null,
    ])
      expect(said(event(start)), String(start)).toBeNull();
    expect(said(event("2047"))).not.toBeNull();
    expect(said(event("1714"))).not.toBeNull();
  });

  it("holds no date to sources that are none of them dated", () => {
    expect(yearBand([source(null)])).toBeNull();
  });
});
