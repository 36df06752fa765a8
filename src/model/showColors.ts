import type { Show } from "../data/schema.ts";
import { SHOW_COLORS } from "./chartPalette.ts";

/** Each show's colour: its own, or one of the palette's in turn. */
export function showColors(shows: readonly Show[]): ReadonlyMap<string, string> {
  return new Map(
    shows.map((show, i) => [show.id, show.color ?? SHOW_COLORS[i % SHOW_COLORS.length] ?? "#767676"]),
  );
}
