import type { SaveKind } from "./saveExport.ts";

/** The toolbar's Save buttons, in order: the menu's own, and its stand-in before it loads (the same room). */
export const SAVE_BUTTONS: readonly { readonly kind: SaveKind; readonly label: string }[] = [
  { kind: "svg", label: "Save SVG" },
  { kind: "png", label: "Save PNG" },
  { kind: "csv", label: "Save CSV" },
  { kind: "json", label: "Save JSON" },
  { kind: "all", label: "Save all as JSON" },
];
