import { describe, expect, it } from "vitest";
import { parseDataset } from "../../../src/data/parseDataset.ts";
import { SHOW_COLORS } from "../../../src/model/chartPalette.ts";
import { datasetOverview } from "../../../src/model/datasetOverview.ts";
import { showColors } from "../../../src/model/showColors.ts";
import { sortedPublishers } from "../../../src/model/sortedPublishers.ts";
import { itemCounts } from "../../../src/model/itemCounts.ts";
import { timelineItems } from "../../../src/model/timelineItems.ts";

const { dataset } = parseDataset({
  shows: [
    { id: "a", title: "A", color: "#123456" },
    { id: "b", title: "B" },
  ],
  sources: [
    {
      id: "s1",
      title: "T",
      publisher: "Zeta",
      author: null,
      published: "2016-05-02",
      url: "https://z.example/1",
    },
    {
      id: "s2",
      title: "T",
      publisher: "Alpha",
      author: null,
      published: "2016-05-11",
      url: "https://a.example/2",
    },
    {
      id: "s3",
      title: "T",
      publisher: "Zeta",
      author: null,
      published: "2016-01-17",
      url: "https://z.example/3",
    },
  ],
  events: [
    {
      id: "e1",
      show: "a",
      kind: "release",
      label: "One",
      certainty: "confirmed",
      // Two articles by one publisher: the item counts once for it.
      citations: [
        { source: "s1", quote: "q" },
        { source: "s3", quote: "q" },
      ],
    },
    {
      id: "e2",
      show: "b",
      kind: "filming",
      label: "Two",
      certainty: "reported",
      citations: [{ source: "s2", quote: "q" }],
    },
  ],
});
const items = timelineItems(dataset);
const overview = datasetOverview(dataset, items);

describe("datasetOverview()", () => {
  it("datasetOverview() takes the newest article's date as the latest report", () => {
    expect(overview.latestReport).toBe(Date.UTC(2016, 4, 11));
  });

  it("sortedPublishers() lists publishers once each, alphabetically", () => {
    expect(sortedPublishers(dataset)).toEqual(["Alpha", "Zeta"]);
  });

  it("showColors() keeps a show's own colour and gives the others the palette's", () => {
    const colors = showColors(dataset.shows);
    expect(colors.get("a")).toBe("#123456");
    expect(colors.get("b")).toBe(SHOW_COLORS[1]);
  });

  it("itemCounts() counts an item once per publisher, however many of its articles", () => {
    const counts = itemCounts(items);
    expect(counts.publishers.get("Zeta")).toBe(1);
    expect(counts.publishers.get("Alpha")).toBe(1);
    expect(counts.kinds.get("release")).toBe(1);
    expect(counts.shows.get("b")).toBe(1);
  });
});
