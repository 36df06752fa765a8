import type { ParsedDataset } from "../data/parseDataset.ts";
import { problemsByEffect } from "../data/problemsByEffect.ts";
import { counted } from "../model/counted.ts";

/** The problems of a dataset that left part of it out, as the page lists them. */
export type LostTo = Pick<ParsedDataset, "problems" | "omitted">;

/**
 * Said under the export buttons of a dataset that lost items to problems: the CSV and JSON saved hold only
 * what was read, not the whole file. Counted as the problem list above heads its "left out" section. In
 * words on the page, not only for a screen reader (the buttons are described by it): the author about to
 * host the saved file must see it. Loaded only for such a dataset, with the problem list.
 */
export function AsReadNote({ id, lostTo }: { readonly id: string; readonly lostTo: LostTo }) {
  const { total } = problemsByEffect(lostTo.problems, lostTo.omitted)["left out"];
  return (
    <p id={id} className="export-note">
      The saved CSV and JSON hold only what was read: {counted(total, "problem")}, listed above, left{" "}
      {total === 1 ? "part" : "parts"} of the dataset out.
    </p>
  );
}
