import { describe, expect, it } from "vitest";
import { timeDomain } from "../../../src/layout/timeDomain.ts";
import { DAY, event, items, uncheckedItem } from "./build.ts";

const YEAR = 365.2425 * DAY;
const FALLBACK = Date.UTC(2016, 8, 30);

describe("timeDomain()", () => {
  it("timeDomain() pads the finite dates by 4% a side", () => {
    const min = Date.UTC(2010, 0, 1);
    const max = Date.UTC(2020, 0, 1) - 1;
    const pad = (max - min) * 0.04;
    const domain = timeDomain(
      items([
        event("a", { start: "2015-06-01" }),
        event("b", { start: "2019" }),
        event("c", { start: "2010-01" }),
      ]),
      [],
      FALLBACK,
    );
    expect(domain).toEqual([new Date(min - pad), new Date(max + pad)]);
  });

  it("timeDomain() pads by at least 15 days", () => {
    const domain = timeDomain(items([event("a", { start: "2016-09-30" })]), [], FALLBACK);
    expect(domain).toEqual([new Date(Date.UTC(2016, 8, 15)), new Date(Date.UTC(2016, 9, 16) - 1)]);
  });

  it("timeDomain() includes the ends of windows", () => {
    const domain = timeDomain(
      items([event("f", { kind: "filming", start: "2016-05-01", end: "2017-12-31" })]),
      [],
      FALLBACK,
    );
    const min = Date.UTC(2016, 4, 1);
    const max = Date.UTC(2018, 0, 1) - 1;
    const pad = (max - min) * 0.04;
    expect(domain).toEqual([new Date(min - pad), new Date(max + pad)]);
  });

  it("timeDomain() ignores open (±Infinity) ends and keeps their finite sides", () => {
    const domain = timeDomain(
      items([
        event("f", { kind: "filming", start: "2016-05-01", end: "2017/.." }),
        event("r", { start: "../2015-03-01" }),
      ]),
      [],
      FALLBACK,
    );
    // From the end of 1 March 2015 (the open start's known side) to 1 January 2017 (the open end's).
    const min = Date.UTC(2015, 2, 2) - 1;
    const max = Date.UTC(2017, 0, 1);
    const pad = (max - min) * 0.04;
    expect(domain).toEqual([new Date(min - pad), new Date(max + pad)]);
  });

  it("timeDomain() includes the extra instants", () => {
    const latestReport = Date.UTC(2018, 0, 1);
    const domain = timeDomain(items([event("a", { start: "2016-01-01" })]), [latestReport], FALLBACK);
    const min = Date.UTC(2016, 0, 1);
    const pad = (latestReport - min) * 0.04;
    expect(domain).toEqual([new Date(min - pad), new Date(latestReport + pad)]);
  });

  it("timeDomain() uses the extra instants alone when no item has a date", () => {
    const domain = timeDomain(
      items([event("undated")]),
      [Date.UTC(2016, 0, 1), Date.UTC(2018, 0, 1)],
      FALLBACK,
    );
    const pad = 731 * DAY * 0.04;
    expect(domain).toEqual([new Date(Date.UTC(2016, 0, 1) - pad), new Date(Date.UTC(2018, 0, 1) + pad)]);
  });

  it("timeDomain() falls back to a year around `fallback` when there is nothing to show", () => {
    const year = [new Date(FALLBACK - YEAR / 2), new Date(FALLBACK + YEAR / 2)];
    expect(timeDomain([], [], FALLBACK)).toEqual(year);
    expect(timeDomain(items([event("undated")]), [Infinity, -Infinity, NaN], FALLBACK)).toEqual(year);
    expect(timeDomain([uncheckedItem("r", { start: "../.." })], [], FALLBACK)).toEqual(year);
  });
});
