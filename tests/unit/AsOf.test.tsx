import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { App } from "../../src/components/App.tsx";
import { renderWithQuery } from "./renderWithQuery.tsx";
import { withBundledApp } from "./withBundledApp.ts";

withBundledApp();

const item = (id: string) => document.querySelector(`[data-event-id="${id}"]`);
const asof = () => new URLSearchParams(window.location.search).get("asof");

async function slider() {
  await screen.findByRole("group", { name: "Timeline: Marvel × Netflix: what the news said" });
  return screen.getByRole("slider", { name: "Known as of" });
}

/** Daredevil alone, and the What changed line of an event that filter hides (Jessica Jones season 2). */
async function hiddenItemLine() {
  window.history.replaceState(null, "", "/?show=daredevil");
  renderWithQuery(<App />);
  const list = await screen.findByRole("region", { name: /^What changed on / });
  const line = within(list).getByRole("button", {
    name: /Jessica Jones season 2 production begins: .*; was 2017/,
  });
  return { list, line };
}

describe("the as-of view", () => {
  it("starts as of the newest report, 11 May 2016, with no outcome shown", async () => {
    renderWithQuery(<App />);
    expect(await slider()).toHaveAttribute("aria-valuetext", "11 May 2016");
    expect(item("jessica-jones-2-production")).toHaveAttribute(
      "aria-label",
      expect.stringContaining("October 2016 or later"),
    );
    expect(screen.queryByText(/premiered 8 March 2018/)).toBeNull();
    expect(screen.queryByText(/^Not on the timeline as of this day/)).toBeNull();
  });

  it("steps back a report: Jessica Jones season 2 production is '2017' again, and Screen Rant's items are gone", async () => {
    renderWithQuery(<App />);
    await slider();
    await userEvent.click(screen.getByRole("button", { name: /^Previous report/ }));
    expect(screen.getByRole("slider", { name: "Known as of" })).toHaveAttribute(
      "aria-valuetext",
      "2 May 2016",
    );
    expect(asof()).toBe("2016-05-02");
    expect(item("jessica-jones-2-production")).toHaveAttribute(
      "aria-label",
      expect.stringContaining(", 2017,"),
    );
    expect(item("daredevil-2-release")).toBeNull();
    // The count of events shown is of that day's: the page says what is still to come.
    expect(screen.getByText(/^Not on the timeline as of this day: /)).toHaveTextContent(
      "Not on the timeline as of this day: 7 events first reported after it.",
    );
  });

  it("moves by the slider a day at a time, with the day in words and in the URL", async () => {
    renderWithQuery(<App />);
    const range = await slider();
    fireEvent.change(range, { target: { value: String(Number(range.getAttribute("value")) - 9) } });
    expect(range).toHaveAttribute("aria-valuetext", "2 May 2016");
    expect(asof()).toBe("2016-05-02");
  });

  it("reads the day from the URL", async () => {
    window.history.replaceState(null, "", "/?asof=2016-01-17");
    renderWithQuery(<App />);
    expect(await slider()).toHaveAttribute("aria-valuetext", "17 January 2016");
    expect(item("the-punisher-1-possible")).not.toBeNull();
    expect(item("luke-cage-1-release")).toBeNull();
  });

  it("lists what that day's reports changed, and each line opens its event's citations", async () => {
    renderWithQuery(<App />);
    await slider();
    // What changed loads after the chart's first draw (its own chunk): it is waited for, not assumed.
    const list = await screen.findByRole("region", { name: /^What changed on / });
    const line = within(list).getByRole("button", {
      name: /Screen Rant, about 11 May 2016: Jessica Jones season 2 production begins: .*; was 2017 \(Player\.One\)/,
    });
    await userEvent.click(line);
    expect(
      await screen.findByRole("dialog", { name: "Jessica Jones season 2 production begins" }),
    ).toBeVisible();
  });

  it("a line whose event the filters hide says so under that line, its action focused, and opens it from there", async () => {
    const { list, line } = await hiddenItemLine();
    // Dismissed, it hands focus back to the line; pressed again, it comes back.
    await userEvent.click(line);
    await userEvent.click(within(list).getByRole("button", { name: "Dismiss" }));
    expect(within(list).queryByRole("button", { name: "Dismiss" })).toBeNull();
    expect(line).toHaveFocus();
    await userEvent.click(line);
    const show = within(list).getByRole("button", { name: "Show Jessica Jones too and open it" });
    // Where the reader acted, and told why: the action is described by the notice's words.
    expect(show).toHaveFocus();
    expect(show).toHaveAccessibleDescription(
      "“Jessica Jones season 2 production begins” is hidden by the show filter.",
    );
    expect(show.closest("li")).toHaveTextContent(/^Moved/);
    // Not said twice: the notices above the chart keep quiet about it.
    expect(document.querySelector(".link-notices")).toHaveTextContent("");
    await userEvent.click(show);
    expect(
      await screen.findByRole("dialog", { name: "Jessica Jones season 2 production begins" }),
    ).toBeVisible();
  });

  it("a hidden item's notice under its line takes focus once, for the press: a new day does not pull focus to it", async () => {
    const { list, line } = await hiddenItemLine();
    await userEvent.click(line);
    expect(within(list).getByRole("button", { name: "Show Jessica Jones too and open it" })).toHaveFocus();
    const next = screen.getByRole("button", { name: /^Next report/ });
    next.focus();
    await userEvent.keyboard("{Enter}");
    // The item is still open and hidden, so its notice stays (under the heading, the line gone), quietly.
    expect(await screen.findByRole("button", { name: "Show Jessica Jones too and open it" })).toBeVisible();
    expect(next).toHaveFocus();
  });

  it("a hidden item reached again by a link, after its notice from What changed was dismissed, is the link's", async () => {
    const { list, line } = await hiddenItemLine();
    await userEvent.click(line);
    const opened = new URLSearchParams(window.location.search).get("event");
    await userEvent.click(within(list).getByRole("button", { name: "Dismiss" }));
    act(() => {
      window.history.pushState(null, "", `/?show=daredevil&event=${opened}`);
      window.dispatchEvent(new PopStateEvent("popstate"));
    });
    const notices = document.querySelector(".link-notices") as HTMLElement;
    await waitFor(() => expect(notices).toHaveTextContent("is hidden by the show filter"));
    expect(within(list).queryByRole("button", { name: "Dismiss" })).toBeNull();
  });

  it("'How it turned out' jumps to the end and shows the outcomes", async () => {
    renderWithQuery(<App />);
    await slider();
    await userEvent.click(screen.getByRole("button", { name: "How it turned out" }));
    expect(asof()).toBe("end");
    expect(screen.getByRole("button", { name: "How it turned out" })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("button", { name: /^Next report/ })).toHaveAttribute("aria-disabled", "true");
    // Said as what it is, not "Known as of how it turned out".
    expect(screen.getByText("How it turned out", { selector: "[role=status]" })).toBeInTheDocument();
    // A toggle: pressed again, back to the day the page opens on (the newest report, not in the URL).
    await userEvent.click(screen.getByRole("button", { name: "How it turned out" }));
    expect(asof()).toBeNull();
    expect(screen.getByRole("button", { name: "How it turned out" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
    expect(screen.getByText("Known as of 11 May 2016", { selector: "[role=status]" })).toBeInTheDocument();
  });

  it("from a day before the first report, Next report steps to the first report, as the empty chart says", async () => {
    window.history.replaceState(null, "", "/?asof=2016-01-01");
    renderWithQuery(<App />);
    await screen.findByText("Nothing had been reported by this day: step on to the first report.");
    expect(screen.getByRole("button", { name: /^Previous report/ })).toHaveAccessibleName("Previous report");
    expect(screen.getByRole("button", { name: /^Next report/ })).toHaveAccessibleName(
      "Next report, to 17 January 2016",
    );
    await userEvent.click(screen.getByRole("button", { name: /^Next report/ }));
    expect(asof()).toBe("2016-01-17");
    expect(await slider()).toHaveAttribute("aria-valuetext", "17 January 2016");
  });

  it("from how it turned out, or a day after the last report, Previous report steps back to the last report", async () => {
    window.history.replaceState(null, "", "/?asof=2099-01-01");
    renderWithQuery(<App />);
    await slider();
    await userEvent.click(screen.getByRole("button", { name: /^Previous report/ }));
    expect(asof()).toBe("2018-10-19");
    await userEvent.click(screen.getByRole("button", { name: "How it turned out" }));
    expect(asof()).toBe("end");
    await userEvent.click(screen.getByRole("button", { name: /^Previous report/ }));
    expect(asof()).toBe("2018-10-19");
  });

  it("keeps the keyboard on Next report at the last report, and says each day a button steps to", async () => {
    renderWithQuery(<App />);
    const range = await slider();
    const next = screen.getByRole("button", { name: /^Next report/ });
    next.focus();
    for (let i = 0; i < 20 && !(next as HTMLButtonElement).disabled; i++) {
      if (next.getAttribute("aria-disabled") === "true") break;
      await userEvent.keyboard("{Enter}");
    }
    expect(next).toHaveFocus();
    const said = within(range.closest("section")!).getByRole("status");
    expect(said).toHaveTextContent(`Known as of ${range.getAttribute("aria-valuetext")}`);
    await userEvent.keyboard("{Enter}");
    expect(next).toHaveFocus();
    // The slider says its own day: nothing more is said for it.
    fireEvent.change(range, { target: { value: "0" } });
    expect(said).toHaveTextContent("");
  });

  it("says in the panel what was reported against what happened, with wiki text and notes shown", async () => {
    window.history.replaceState(null, "", "/?asof=end&event=iron-fist-1-filming");
    renderWithQuery(<App />);
    const panel = await screen.findByRole("dialog", { name: "Iron Fist season 1 starts filming" });
    expect(panel).toHaveTextContent(
      // In the order they could be known: the undated wiki's "October 2016" only once October was over.
      "reported: April – May 2016; started April 2016 (Collider); ended 8 October 2016 (BreatheCast); " +
        "ran from April 2016 to October 2016 (Wikipedia copy (funcorner.eu), wiki text)",
    );
    expect(panel).toHaveTextContent(/Wikipedia copy \(funcorner\.eu\), date not printed, wiki text/);
    expect(panel).toHaveTextContent(
      "Note: 'This month': April or May. The page's date is inferred (1–3 May 2016), and it calls a late-April interview this week.",
    );
  });

  it("says in the panel and the table an order a page predicted that came out the other way, by its label", async () => {
    // Player.One (2 May 2016): season 2 might film before The Defenders; it began 3 April 2017, The
    // Defenders in October 2016.
    const wrong = "Player.One reported it before “The Defenders production begins”: it came after";
    window.history.replaceState(null, "", "/?asof=end&event=jessica-jones-2-filming-before-defenders");
    const { unmount } = renderWithQuery(<App />);
    const panel = await screen.findByRole("dialog", { name: /might film before The Defenders/ });
    expect(panel).toHaveTextContent(`started 3 April 2017 (Screen Rant); ${wrong}`);
    unmount();

    window.history.replaceState(null, "", "/?view=table&actual=1&asof=end");
    renderWithQuery(<App />);
    const row = await screen.findByRole("row", { name: /might film before The Defenders/ });
    expect(row).toHaveTextContent(
      "; Player.One reported it before “The Defenders production begins”: it came after",
    );
    // An order that came true says nothing: Iron Fist did premiere after Luke Cage.
    expect(screen.getByRole("row", { name: /Iron Fist season 1 premieres/ })).not.toHaveTextContent(
      /reported it after/,
    );
  });

  it("hides outcomes from the panel before they were known", async () => {
    window.history.replaceState(null, "", "/?asof=2016-05-11&event=jessica-jones-2-release");
    renderWithQuery(<App />);
    const panel = await screen.findByRole("dialog", {
      name: "Jessica Jones season 2 premieres",
    });
    expect(panel).not.toHaveTextContent("CBR");
    expect(panel).not.toHaveTextContent("Reported against actual");
  });

  it("links each quote to the sentence in the original, and to an archived copy", async () => {
    window.history.replaceState(null, "", "/?asof=end&event=jessica-jones-2-release");
    renderWithQuery(<App />);
    const panel = await screen.findByRole("dialog", {
      name: "Jessica Jones season 2 premieres",
    });
    expect(panel).toHaveTextContent("reported: 2017 or later; premiered 8 March 2018 (CBR)");
    const originals = within(panel).getAllByRole("link", { name: /Original article, at the quote/ });
    expect(originals[0]).toHaveAttribute(
      "href",
      "https://screenrant.com/jessica-jones-season-2-defenders-netflix/#:~:text=we%20probably%20won%E2%80%99t%20see,2017%20at%20the%20earliest",
    );
    const archived = within(panel).getAllByRole("link", { name: /Archived copy/ });
    expect(archived[0]).toHaveAttribute(
      "href",
      "https://web.archive.org/web/20160511/https://screenrant.com/jessica-jones-season-2-defenders-netflix/",
    );
  });
});

describe("ghosts and Reported vs actual on the chart", () => {
  const ghostParts = (id: string) => item(id)?.querySelectorAll('[stroke-dasharray="3 2"]').length ?? 0;

  it("draws the 2017 claim as a ghost once Screen Rant moves production after The Defenders", async () => {
    window.history.replaceState(null, "", "/?asof=2016-05-02");
    renderWithQuery(<App />);
    await slider();
    expect(ghostParts("jessica-jones-2-production")).toBe(0);
    await userEvent.click(screen.getByRole("button", { name: /^Next report/ }));
    expect(asof()).toBeNull();
    expect(ghostParts("jessica-jones-2-production")).toBe(1);
    expect(item("jessica-jones-2-production")).toHaveAttribute(
      "aria-label",
      expect.stringContaining("; was 2017 (Player.One)"),
    );
  });

  it("toggles the outcomes on and off, keeps the toggle in the URL, and reads it back", async () => {
    window.history.replaceState(null, "", "/?asof=end");
    const first = renderWithQuery(<App />);
    await slider();
    const toggle = screen.getByRole("button", { name: "Reported vs actual" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    expect(item("luke-cage-1-release")?.getAttribute("aria-label")).not.toMatch(/premiered/);
    await userEvent.click(toggle);
    expect(new URLSearchParams(window.location.search).get("actual")).toBe("1");
    expect(item("luke-cage-1-release")).toHaveAttribute(
      "aria-label",
      expect.stringContaining("; premiered 30 September 2016"),
    );
    first.unmount();

    // The same URL, opened afresh, shows the same view.
    renderWithQuery(<App />);
    await slider();
    expect(screen.getByRole("button", { name: "Reported vs actual" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    expect(item("luke-cage-1-release")).toHaveAttribute(
      "aria-label",
      expect.stringContaining("; premiered 30 September 2016"),
    );
    await userEvent.click(screen.getByRole("button", { name: "Reported vs actual" }));
    expect(new URLSearchParams(window.location.search).has("actual")).toBe(false);
  });

  it("hides an outcome not yet known on the chosen day, even with the toggle on", async () => {
    window.history.replaceState(null, "", "/?actual=1");
    renderWithQuery(<App />);
    await slider();
    expect(item("luke-cage-1-release")?.getAttribute("aria-label")).not.toMatch(/premiered/);
  });
});
