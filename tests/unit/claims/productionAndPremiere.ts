import type { Dataset } from "../../../src/data/schema.ts";
import { cite, dataset, event, source, SOURCES } from "./build.ts";

/**
 * Two events with outcomes. Production: "2017" on 2 May, October 2016 on 11 May; it began on 3 April 2017
 * (a page of that day) and ended in September 2017. Premiere: "2017" on 2 May; it premiered 8 March 2018,
 * says an undated wiki page.
 */
export function productionAndPremiere(): Dataset {
  return dataset(
    [
      event(
        "production",
        [
          cite("may2", { claim: { start: "2017" } }),
          cite("may11", { claim: { start: "2016-10" } }),
          cite("later", { claim: { start: "2017-04-03" }, outcome: true }),
          cite("october", { claim: { end: "2017-09" }, outcome: true }),
        ],
        { start: "2016-10", label: "Production begins" },
      ),
      event("release", [cite("may2"), cite("undated", { claim: { start: "2018-03-08" }, outcome: true })], {
        kind: "release",
        start: "2017",
        label: "Premiere",
      }),
    ],
    [...SOURCES, source("october", "2017-10-02")],
  );
}
