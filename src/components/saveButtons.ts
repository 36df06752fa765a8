import type { SaveKind } from "./saveExport.ts";

/** The toolbar's Save buttons, in order: the menu's own, and its stand-in before it loads (the same room). */
export const SAVE_BUTTONS: readonly { readonly kind: SaveKind; readonly label: string }[] = [
  { kind: "svg", label: "Save SVG" },
  { kind: "png", label: "Save PNG" },
  { kind: "csv", label: "Save CSV" },
  { kind: "json", label: "Save JSON" },
  { kind: "all", label: "Save all as JSON" },
];

/**
 * Save all as JSON is always there, keeping its room: unfiltered it would save the same as Save JSON, so it is
 * hidden (it saves every event of the day, so it is offered while the filters leave nothing).
 */
export const keepsRoom = (kind: SaveKind, filtered: boolean): string | undefined =>
  kind === "all" && !filtered ? "keeps-room" : undefined;
