/**
 * The closed sets of the data format, apart from the zod schema so that views can use them without
 * loading the validator.
 */
export const EVENT_KINDS = ["filming", "production", "release", "announcement"] as const;
export const CERTAINTIES = ["confirmed", "reported", "speculative"] as const;
export const RELATION_TYPES = ["after", "before", "back-to-back"] as const;

/** How a source knows: absent means a news article; `wiki` is wiki text or a copy of it. */
export const EVIDENCE_TYPES = ["wiki"] as const;

export type Evidence = (typeof EVIDENCE_TYPES)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type Certainty = (typeof CERTAINTIES)[number];
export type RelationType = (typeof RELATION_TYPES)[number];

/** Windows span time; the other kinds are milestones, one (possibly fuzzy) day. */
export const WINDOW_KINDS: readonly EventKind[] = ["filming", "production"];
