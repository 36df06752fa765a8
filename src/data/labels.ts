import type { Certainty, EventKind, RelationType } from "./schema.ts";
import { EVENT_KINDS, MARK_KINDS } from "./vocabulary.ts";

/** Read from the kinds' registry (vocabulary.ts). */
export const KIND_LABELS = Object.fromEntries(
  EVENT_KINDS.map((kind) => [kind, MARK_KINDS[kind].label]),
) as Record<EventKind, string>;

export const CERTAINTY_LABELS: Record<Certainty, string> = {
  confirmed: "Confirmed",
  reported: "Reported",
  speculative: "Speculative",
};

export const RELATION_LABELS: Record<RelationType, string> = {
  after: "after",
  before: "before",
  "back-to-back": "back-to-back with",
};
