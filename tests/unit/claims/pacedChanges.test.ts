import { describe, expect, it } from "vitest";
import { changesOn } from "../../../src/model/changesOn.ts";
import { AT_ONCE_EVENTS, pacedChanges } from "../../../src/model/pacedChanges.ts";
import { cite, dataset, day, event } from "./build.ts";

/** A day on which `count` events are first reported. */
const busyDay = (count: number) =>
  dataset(Array.from({ length: count }, (_, i) => event(`e-${i}`, [cite("may11")], { start: "2016-10" })));
const MAY_11 = day(2016, 5, 11);

describe("pacedChanges()", () => {
  it("reads a day of few events at once: its lines are there in the render that asks", () => {
    const small = busyDay(AT_ONCE_EVENTS - 1);
    expect(pacedChanges(small, MAY_11)).toEqual({ state: "read", lines: changesOn(small, MAY_11) });
  });

  it("reads a busy day's lines in later tasks, not in the render that asks, and they are changesOn()'s", async () => {
    const busy = busyDay(AT_ONCE_EVENTS);
    const paced = pacedChanges(busy, MAY_11);
    if (paced.state !== "reading") throw new Error(`a busy day was ${paced.state} at once`);
    const lines = await paced.reading;
    expect(lines).toHaveLength(AT_ONCE_EVENTS);
    expect(lines).toEqual(changesOn(busy, MAY_11));
  });

  it("keeps a busy day once read: asked again, its lines are there at once", async () => {
    const busy = busyDay(AT_ONCE_EVENTS);
    const paced = pacedChanges(busy, MAY_11);
    // Asked again while it is read: the same reading, not a second one.
    expect(pacedChanges(busy, MAY_11)).toBe(paced);
    const lines = paced.state === "reading" ? await paced.reading : [];
    const again = pacedChanges(busy, MAY_11);
    expect(again.state).toBe("read");
    expect(again.state === "read" && again.lines).toBe(lines);
    // Another dataset's day is its own.
    expect(pacedChanges(busyDay(AT_ONCE_EVENTS), MAY_11).state).toBe("reading");
  });
});
