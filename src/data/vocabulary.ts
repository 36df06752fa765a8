/**
 * The closed sets of the data format, apart from the zod schema so that views can use them without
 * loading the validator.
 */

/** How a kind of event is drawn and named. Plain data: the scene turns `glyph` into a shape. */
export interface MarkKind {
  /** The kind's name, as the filter, the table and the accessible name say it. */
  readonly label: string;
  /** A window spans time (a bar); a milestone is one, possibly fuzzy, day (a glyph). */
  readonly shape: "window" | "milestone";
  /** A milestone's glyph. */
  readonly glyph: "diamond" | "circle" | "square" | "triangle";
  /** A window drawn with a stripe through its middle, to tell it from other windows without colour. */
  readonly stripe: boolean;
  /** The legend's sentence for it. */
  readonly legend: string;
}

/**
 * Every kind of event, in filter and legend order. A new kind is one entry here: the schema, the filters,
 * the chart, the legend and export all read this registry, and a kind not in it is a schema error.
 */
export const MARK_KINDS = {
  filming: {
    label: "Filming",
    shape: "window",
    glyph: "square",
    stripe: false,
    legend: "Filming: a window, certain between its dates",
  },
  production: {
    label: "Production",
    shape: "window",
    glyph: "square",
    stripe: true,
    legend: "Production window",
  },
  release: {
    label: "Release",
    shape: "milestone",
    glyph: "diamond",
    stripe: false,
    legend: "Release (premiere)",
  },
  announcement: {
    label: "Announcement",
    shape: "milestone",
    glyph: "circle",
    stripe: false,
    legend: "Announcement (renewal, order, date)",
  },
} as const satisfies Record<string, MarkKind>;

export type EventKind = keyof typeof MARK_KINDS;
export const EVENT_KINDS = Object.keys(MARK_KINDS) as [EventKind, ...EventKind[]];
export const CERTAINTIES = ["confirmed", "reported", "speculative"] as const;
export const RELATION_TYPES = ["after", "before", "back-to-back"] as const;

/** How a source knows: absent means a news article; `wiki` is wiki text or a copy of it. */
export const EVIDENCE_TYPES = ["wiki"] as const;

export type Evidence = (typeof EVIDENCE_TYPES)[number];
export type Certainty = (typeof CERTAINTIES)[number];
export type RelationType = (typeof RELATION_TYPES)[number];

/** Windows span time; the other kinds are milestones, one (possibly fuzzy) day. */
export const WINDOW_KINDS: readonly EventKind[] = EVENT_KINDS.filter(
  (kind) => MARK_KINDS[kind].shape === "window",
);
