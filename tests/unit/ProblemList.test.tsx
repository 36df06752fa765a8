import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ProblemList } from "../../src/components/ProblemList.tsx";
import { parseDataset } from "../../src/data/parseDataset.ts";
import { ProblemLog } from "../../src/data/problemLog.ts";
import { openDatasetFiles } from "../../src/model/openDatasetFiles.ts";

const source = { id: "src", title: "T", publisher: "P", author: null, published: "2016-05-11" };
const event = {
  id: "e1",
  show: "show",
  kind: "filming",
  label: "Filming",
  start: "2016-05",
  certainty: "reported",
  citations: [{ source: "src", quote: "Q" }],
};

describe("<ProblemList>", () => {
  it("a file whose only problem is a look-alike host does not say anything was left out", () => {
    const { problems, omitted } = parseDataset({
      shows: [{ id: "show", title: "Show" }],
      sources: [{ ...source, url: "https://netfl\u0456x.com/news" }], // a Cyrillic "і"
      events: [event],
    });
    render(<ProblemList problems={problems} omitted={omitted} />);
    expect(screen.queryByRole("region", { name: /left out/ })).toBeNull();
    const kept = screen.getByRole("region", { name: "Shown, but worth checking (1)" });
    expect(kept).toHaveTextContent("sources[0].url (id src): the host");
    expect(kept).not.toHaveTextContent(/left out|skipped/);
  });

  it("says no event could be shown when every event was left out, not that everything else is", () => {
    const { problems, omitted } = parseDataset({
      shows: [{ id: "show", title: "Show" }],
      sources: [{ ...source, url: "https://example.com/a" }],
      events: [{ ...event, start: "soonish" }],
    });
    const { rerender } = render(<ProblemList problems={problems} omitted={omitted} nothingShown />);
    const region = screen.getByRole("region", { name: /left out/ });
    expect(region).toHaveTextContent("No event could be shown. Each item below was skipped");
    rerender(<ProblemList problems={problems} omitted={omitted} />);
    expect(region).toHaveTextContent("Everything else is shown. Each item below was skipped");
  });

  it("lists what was left out apart from what is shown, each with its own count and 'and N more like' lines", () => {
    const log = new ProblemLog(2);
    for (let i = 0; i < 5; i += 1)
      log.add(
        "host",
        () => ({ id: `s${i}`, path: `sources[${i}].url`, reason: "a look-alike host" }),
        "kept",
      );
    for (let i = 0; i < 3; i += 1)
      log.add("label", () => ({
        id: `e${i}`,
        path: `events[${i}].label`,
        reason: "is required but missing",
      }));
    render(<ProblemList problems={log.problems} omitted={log.omitted} />);

    const leftOut = screen.getByRole("region", { name: "Some of the dataset was left out (3 problems)" });
    expect(
      within(leftOut)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "events[0].label (id e0): is required but missing",
      "events[1].label (id e1): is required but missing",
      "and 1 more like events[1].label (id e1): is required but missing",
    ]);
    const kept = screen.getByRole("region", { name: "Shown, but worth checking (5)" });
    expect(
      within(kept)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual([
      "sources[0].url (id s0): a look-alike host",
      "sources[1].url (id s1): a look-alike host",
      "and 3 more like sources[1].url (id s1): a look-alike host",
    ]);
  });

  it("names an opened sheet's problems by row and column, a quote the article lacks and a show's title too", () => {
    const sheet = [
      "event id,show,kind,label,start,certainty,source title,publisher,published,url,quote",
      "e1,Dare\u202edevil,filming,Filming,2016-05,reported,T,P,2016-05-01,https://example.com/a,Quote A",
      "e1,Dare\u202edevil,filming,Filming,2016-05,reported,T,P,2016-05-01,https://example.com/a,Quote B",
      "e2,My Show,release,Premiere,2016-09,reported,T,P,2016-05-01,https://example.com/a,Not in it.",
    ].join("\n");
    const { prepared } = openDatasetFiles([
      { name: "mine.csv", text: sheet },
      { name: "a.txt", text: "https://example.com/a\nQuote A. Quote B." },
    ]);
    render(<ProblemList problems={prepared.problems} omitted={prepared.omitted} />);
    const items = (name: RegExp) =>
      within(screen.getByRole("region", { name }))
        .getAllByRole("listitem")
        .map((li) => li.textContent);
    expect(items(/left out/)).toEqual([
      "rows 2–3, column show (id dare-devil): contains U+202E, an invisible control or direction character that could disguise the text: delete it",
      'row 2, column show (id e1): show "dare-devil" is left out for a problem of its own',
    ]);
    expect(items(/worth checking/)).toEqual([
      'row 4, column quote (id e2): quote not found verbatim in https://example.com/a: "Not in it."',
    ]);
  });

  it("says nothing when there is no problem", () => {
    const { container } = render(<ProblemList problems={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
