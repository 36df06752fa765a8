import type { Dataset } from "../data/schema.ts";
import { changeSteps, changesOn, type Change } from "./changesOn.ts";
import { claimsIndex } from "./claimsIndex.ts";
import { inSlices } from "./inSlices.ts";

/**
 * A day with fewer events than this is read at once, in the render that asks (a few ms): only a big
 * dataset's busy day is read in later tasks, and a small one's list is never a moment late.
 */
export const AT_ONCE_EVENTS = 500;

/** Days kept per dataset: a step back to a day just seen finds its lines. */
const KEPT_DAYS = 8;

/** A day's lines: read (`lines`), or being read in later tasks (`reading`, which settles with them). */
export type PacedChanges =
  | { readonly state: "read"; readonly lines: Change[] }
  | { readonly state: "reading"; readonly reading: Promise<Change[]> };

const kept = new WeakMap<Dataset, Map<number, PacedChanges>>();

/**
 * changesOn() for a view that must not hold the page: a big day's lines are read in later tasks of a few
 * ms each (inSlices), so that a step of the as-of control waits on none of them; a small day's at once.
 * Once read, a kept day is "read" when next asked for (a step back to it shows it at once).
 */
export function pacedChanges(dataset: Dataset, day: number): PacedChanges {
  let days = kept.get(dataset);
  if (!days) kept.set(dataset, (days = new Map()));
  const known = days.get(day);
  if (known) return known;
  let paced: PacedChanges;
  if (claimsIndex(dataset).shownOn(day).length < AT_ONCE_EVENTS)
    paced = { state: "read", lines: changesOn(dataset, day) };
  else {
    const reading = inSlices(changeSteps(dataset, day));
    paced = { state: "reading", reading };
    const keep = (next: PacedChanges | null) => {
      if (days.get(day) !== paced) return;
      // Failed, it is not kept: asked again (the view's "Try again"), it is read again.
      if (next) days.set(day, next);
      else days.delete(day);
    };
    reading.then(
      (lines) => keep({ state: "read", lines }),
      () => keep(null),
    );
  }
  days.set(day, paced);
  for (const old of days.keys()) {
    if (days.size <= KEPT_DAYS) break;
    days.delete(old);
  }
  return paced;
}
