import { describe, expect, it, vi } from "vitest";
import { hiddenItemWords } from "../../src/components/hiddenItemWords.ts";
import type { Citation } from "../../src/data/schema.ts";
import { cite, dataset, day, event } from "./claims/build.ts";

const onDismiss = () => undefined;

/** The words of a note about an event the day shown hides, cited as given, and what its action asks. */
function laterNote(citations: Citation[]) {
  const hidden = event("hidden", citations);
  const onShowAsOf = vi.fn();
  const words = hiddenItemWords({
    type: "later",
    id: hidden.id,
    label: `“${hidden.label}”`,
    event: hidden,
    dataset: dataset([hidden]),
    onShowAsOf,
    onDismiss,
  });
  words.onShow();
  return { ...words, asked: onShowAsOf.mock.calls };
}

describe("hiddenItemWords()", () => {
  it("names the day an event hidden by the day shown was first reported, and shows the timeline as of it", () => {
    const { text, action, asked } = laterNote([cite("may11"), cite("later")]);
    expect(text).toBe("“Label hidden” was first reported on 11 May 2016, after the day shown.");
    expect(action).toBe("Show as of 11 May 2016");
    expect(asked).toEqual([[day(2016, 5, 11)]]);
  });

  it("offers how it turned out for an event known only from an undated page", () => {
    const { text, action, asked } = laterNote([cite("undated")]);
    expect(text).toBe("“Label hidden” is known only from an undated page: it is shown as things turned out.");
    expect(action).toBe("Show how it turned out");
    expect(asked).toEqual([[Infinity]]);
  });

  it("says what the page found for an item hidden by the filters", () => {
    const onShow = () => undefined;
    const note = {
      type: "filters",
      id: "x",
      text: "“X” is hidden by the show filter.",
      action: "Show X too and open it",
      onShow,
      onDismiss,
    } as const;
    expect(hiddenItemWords(note)).toMatchObject({ text: note.text, action: note.action, onShow });
  });
});
