import { KIND_LABELS } from "../data/labels.ts";
import type { TimelineEvent } from "../data/schema.ts";

/** "The Defenders season 1 production": an event named by its show, season and kind, as a reader says it. */
export function eventWords(
  event: Pick<TimelineEvent, "show" | "season" | "kind">,
  showTitle: (id: string) => string,
): string {
  const season = event.season === undefined ? "" : ` season ${event.season}`;
  return `${showTitle(event.show)}${season} ${KIND_LABELS[event.kind].toLowerCase()}`;
}
