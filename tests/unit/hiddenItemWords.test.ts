import { describe, expect, it, vi } from "vitest";
import { hiddenItemWords } from "../../src/components/hiddenItemWords.ts";
import { cite, dataset, day, event } from "./claims/build.ts";

describe("hiddenItemWords()", () => {
  const onDismiss = () => undefined;

  it("names the day an event hidden by the day shown was first reported, and shows the timeline as of it", () => {
    const late = event("late", [cite("may11"), cite("later")]);
    const onShowAsOf = vi.fn();
    const words = hiddenItemWords({
      type: "later",
      id: "late",
      label: "“Label late”",
      event: late,
      dataset: dataset([late]),
      onShowAsOf,
      onDismiss,
    });
    expect(words.text).toBe("“Label late” was first reported on 11 May 2016, after the day shown.");
    expect(words.action).toBe("Show as of 11 May 2016");
    words.onShow();
    expect(onShowAsOf).toHaveBeenCalledWith(day(2016, 5, 11));
  });

  it("offers how it turned out for an event known only from an undated page", () => {
    const undated = event("undated-only", [cite("undated")]);
    const onShowAsOf = vi.fn();
    const words = hiddenItemWords({
      type: "later",
      id: "undated-only",
      label: "“Label undated-only”",
      event: undated,
      dataset: dataset([undated]),
      onShowAsOf,
      onDismiss,
    });
    expect(words.text).toBe(
      "“Label undated-only” is known only from an undated page: it is shown as things turned out.",
    );
    expect(words.action).toBe("Show how it turned out");
    words.onShow();
    expect(onShowAsOf).toHaveBeenCalledWith(Infinity);
  });

  it("says what the page found for an item hidden by the filters", () => {
    const onShow = () => undefined;
    const note = {
      type: "filters",
      id: "x",
      text: "Hidden by the show filter.",
      action: "Show it",
      onShow,
      onDismiss,
    } as const;
    expect(hiddenItemWords(note)).toMatchObject({ text: note.text, action: note.action, onShow });
  });
});
