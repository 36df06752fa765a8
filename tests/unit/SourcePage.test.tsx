import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { App } from "../../src/components/App.tsx";
import { renderWithQuery } from "./renderWithQuery.tsx";
import { withBundledApp } from "./withBundledApp.ts";

withBundledApp();

const SITE = "Marvel × Netflix: what the news said";

/** The source page at `id` (with the timeline's search), and its quotes' list items. */
async function sourcePage(id: string, search = "") {
  window.history.replaceState(null, "", `/sources/${id}${search}`);
  renderWithQuery(<App />);
  await screen.findByRole("heading", { level: 3, name: /quotes? in the timeline$/ });
  return { quotes: [...document.querySelectorAll<HTMLElement>(".source-quotes > li")] };
}

/** A quote's list item, found by words of its quote. */
function quoteItem(quotes: readonly HTMLElement[], words: string): HTMLElement {
  const found = quotes.filter((li) => li.querySelector("blockquote")?.textContent?.includes(words));
  expect(found).toHaveLength(1);
  return found[0] as HTMLElement;
}

describe("a source page", () => {
  it("opened from the timeline as of a day before it was published, says its quotes are not on it yet", async () => {
    await sourcePage("screenrant-2016-05-11", "?asof=2016-05-02");
    expect(screen.getByText(/^Published after 2 May 2016, the day the timeline you came from/)).toBeVisible();
  });

  it.each(["?asof=2016-05-11", "?asof=end", ""])("says nothing of the kind at %j", async (search) => {
    await sourcePage("screenrant-2016-05-11", search);
    expect(screen.queryByText(/^Published after/)).toBeNull();
  });

  it("says a day worked out from the page's text is one, and the days it lies within; a printed one as it is", async () => {
    await sourcePage("screenrant-2016-05-11");
    expect(screen.getByText("Published").nextElementSibling).toHaveTextContent(
      "about 11 May 2016 (the page prints no date: worked out from its text, between 10 May 2016 and 12 May 2016)",
    );
  });

  it("says a printed day of publication as it is", async () => {
    await sourcePage("collider-2016-01-17");
    expect(screen.getByText("Published").nextElementSibling).toHaveTextContent(/^17 January 2016$/);
  });

  it("marks an outcome as what happened, with its own date, not the date the prediction lacked", async () => {
    const { quotes } = await sourcePage("comicbook-2017-09-20");
    const debuted = quoteItem(quotes, "The Defenders debuted on August 18th");
    expect(debuted).toHaveTextContent("for The Defenders premieresWhat happened: 18 August 2017");
    expect(debuted).not.toHaveTextContent(/date not announced/);
    expect(debuted).toHaveClass("outcome-citation");
  });

  it("opens an outcome's item as it turned out, and a prediction's as the timeline stands", async () => {
    const { quotes } = await sourcePage("comicbook-2017-09-20");
    const outcome = quoteItem(quotes, "The Defenders debuted on August 18th");
    expect(within(outcome).getByRole("link").getAttribute("href")).toMatch(/[?&]asof=end\b/);
    const { quotes: said } = await sourcePage("playerone-2016-05-02");
    const prediction = quoteItem(said, "Luke Cage premieres September 30.");
    expect(within(prediction).getByRole("link").getAttribute("href")).not.toContain("asof=");
  });

  it("gives each quote what its own citation said, not the event's newest date", async () => {
    const { quotes } = await sourcePage("playerone-2016-05-02");
    const production = quoteItem(quotes, "scheduled to start production in 2017");
    expect(production).toHaveTextContent("Said: 2017");
    expect(production).not.toHaveTextContent("October 2016 or later");
    // The claim of a null start with an order says both.
    expect(quoteItem(quotes, "leaning toward The Defenders")).toHaveTextContent(
      "Said: date not announced; gave an order",
    );
    // A quote that claims nothing of its own keeps the event's date, once, and says nothing more.
    const lukeCage = quoteItem(quotes, "Luke Cage premieres September 30.");
    expect(lukeCage).toHaveTextContent(/for Luke Cage season 1 premieres \(30 September 2016\)$/);
    expect(lukeCage.querySelector(".citation-claim")).toBeNull();
    expect(lukeCage).not.toHaveClass("outcome-citation");
  });

  it("says an outcome's own day, not the event's", async () => {
    const { quotes } = await sourcePage("sixdegreesofgeek-2015-04-11");
    const daredevil = quoteItem(quotes, "just after midnight on April 10th");
    expect(daredevil).toHaveTextContent("What happened: 10 April 2015");
    expect(daredevil).not.toHaveTextContent("by 17 January 2016");
    expect(daredevil).toHaveClass("outcome-citation");
  });

  it("uses the panel's words for an outcome that gives only an end", async () => {
    const { quotes } = await sourcePage("breathecast-2016-10-16");
    expect(quoteItem(quotes, "The filming concluded")).toHaveTextContent(
      "What happened: ended 8 October 2016",
    );
  });

  it("names the source in the tab's title", async () => {
    await sourcePage("comicbook-2017-09-20");
    const heading = screen.getByRole("heading", { level: 2 });
    await waitFor(() => expect(document.title).toBe(`${heading.textContent} · ${SITE}`));
  });

  it("says in the tab's title that there is no such source", async () => {
    window.history.replaceState(null, "", "/sources/no-such-source");
    renderWithQuery(<App />);
    await screen.findByRole("heading", { name: "No such source" });
    await waitFor(() => expect(document.title).toBe(`No such source · ${SITE}`));
    expect(within(document.body).getByRole("link", { name: "Back to the timeline" })).toBeVisible();
  });
});
