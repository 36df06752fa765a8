import type { Certainty, EventKind, RelationType } from "./schema.ts";

export const KIND_LABELS: Record<EventKind, string> = {
  filming: "Filming",
  production: "Production",
  release: "Release",
  announcement: "Announcement",
};

export const CERTAINTY_LABELS: Record<Certainty, string> = {
  confirmed: "Confirmed",
  reported: "Reported",
  speculative: "Speculative",
};

export const CERTAINTY_MEANINGS: Record<Certainty, string> = {
  confirmed: "announced officially by Netflix or Marvel, or stated as fact",
  reported: "said by someone involved, or reported as news, but not official",
  speculative: "the writer's expectation or guess",
};

export const RELATION_LABELS: Record<RelationType, string> = {
  after: "after",
  before: "before",
  "back-to-back": "back-to-back with",
};
