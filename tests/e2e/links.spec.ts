import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

/** The notices' live region: what a screen reader is told, their words without their buttons' labels. */
const notices = (page: Page) => page.locator(".link-notices [role=status]");

test("a link naming what this timeline lacks or cannot read says so, and the address drops it in place", async ({
  page,
}) => {
  await page.goto("/");
  const entries = await page.evaluate(() => window.history.length);
  await page.goto("/?show=daredevil,nosuch&publisher=Nope&asof=2016-02-30&event=nosuch&view=table");
  await expect(notices(page)).toHaveText(
    "Left out of the address, which the page cannot show: the show “nosuch” (not in this timeline), the publisher “Nope” (not in this timeline), the day “2016-02-30” (not a calendar day) and the item “nosuch” (not in this timeline).",
  );
  // Seen with its button, which the live region does not read out.
  await expect(page.locator(".link-notice")).toHaveText(/\(not in this timeline\)\. Dismiss$/);
  // What it could show stays; the rest is gone from the address, which replaced the link's (Back leaves).
  await expect.poll(() => new URL(page.url()).search).toBe("?show=daredevil&view=table");
  expect(await page.evaluate(() => window.history.length)).toBe(entries + 1);
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(notices(page)).toHaveText("");
  // The button goes with the notice: the focus is on the view (here the table), not the page's body.
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
  await expect(page.locator(".dataset-table")).toBeFocused();
  await page.goBack();
  await expect.poll(() => new URL(page.url()).search).toBe("");
});

test("each notice is said once, by a paragraph of its own: another coming, or one dismissed, says nothing again", async ({
  page,
}) => {
  await page.goto("/?show=daredevil&event=luke-cage-1-release&kind=bogus");
  const said = notices(page).locator("p");
  await expect(said).toHaveCount(2);
  await expect(said.nth(0)).toHaveText(/^Left out of the address, .*the kind “bogus”/);
  await expect(said.nth(1)).toHaveText("“Luke Cage season 1 premieres” is hidden by the show filter.");
  // The hidden item's paragraph stays the same node when the other goes: it is not said again.
  await said.nth(1).evaluate((p) => ((p as HTMLElement).dataset["seen"] = "1"));
  await page
    .locator(".link-notice")
    .filter({ hasText: "Left out" })
    .getByRole("button", { name: "Dismiss" })
    .click();
  await expect(said).toHaveCount(1);
  await expect(said.first()).toHaveAttribute("data-seen", "1");
});

test("a linked item reported after the day shown says when, and opens as of that day", async ({ page }) => {
  await page.goto("/?event=the-punisher-1-release&asof=2016-01-17");
  // Said without the labels of its buttons ("Show as of 11 May 2016", "Dismiss"), which follow it on screen.
  await expect(notices(page)).toHaveText(
    "“The Punisher premieres” was first reported on 11 May 2016, after the day shown.",
  );
  await page.getByRole("button", { name: "Show as of 11 May 2016" }).click();
  const panel = page.getByRole("dialog", { name: "The Punisher premieres" });
  await expect(panel.getByRole("heading", { level: 2 })).toBeFocused();
  await expect(notices(page)).toHaveText("");
  expect(new URL(page.url()).searchParams.get("event")).toBe("the-punisher-1-release");
});

test("a linked item hidden by a filter says which, and opens with only that filter relaxed", async ({
  page,
}) => {
  // The search is one the item passes: it stays, as does the show already chosen.
  await page.goto("/?event=luke-cage-1-release&show=daredevil&q=premieres");
  await expect(notices(page)).toContainText("“Luke Cage season 1 premieres” is hidden by the show filter.");
  await page.getByRole("button", { name: "Show Luke Cage too and open it" }).click();
  await expect(page.getByRole("dialog", { name: "Luke Cage season 1 premieres" })).toBeVisible();
  await expect
    .poll(() => new URL(page.url()).search)
    .toBe("?show=daredevil,luke-cage&q=premieres&event=luke-cage-1-release");
  await expect(page.getByRole("searchbox")).toHaveValue("premieres");
});

test("a link's view or Reported vs actual the page cannot read is said and left out, as every other value", async ({
  page,
}) => {
  await page.goto("/?view=tabel&actual=yes&show=daredevil");
  await expect(notices(page)).toHaveText(
    "Left out of the address, which the page cannot show: the view “tabel” (not “chart” or “table”) and “Reported vs actual” “yes” (not 1 (on) or 0 (off)).",
  );
  await expect.poll(() => new URL(page.url()).search).toBe("?show=daredevil");
});

test("a link's window that runs past the dates is cut to them, not moved to months it never named", async ({
  page,
}) => {
  // The bundled timeline's dates end in the summer of 2017: March onwards, not the months before March.
  await page.goto("/?from=2017-03-01&to=2017-12-31");
  await expect(page.locator(".timeline-axis .axis-canvas[data-labels]")).toBeAttached();
  // The link's own from is March already: wait for the rewrite of its end.
  await expect.poll(() => new URL(page.url()).searchParams.get("to")).not.toBe("2017-12-31");
  const shown = new URL(page.url()).searchParams;
  expect(shown.get("from")).toBe("2017-03-01");
  const to = shown.get("to") ?? "";
  expect(to > "2017-03-01" && to < "2017-12-31", to).toBe(true);
});

test("a link's window wholly outside the dates shows everything and says so; a day outside it keeps it for the next", async ({
  page,
}) => {
  const outside = (from: string, to: string) =>
    `the window “${from}” to “${to}” (outside the dates of this timeline)`;
  await page.goto("/?from=2030-01-01&to=2031-01-01");
  await expect(notices(page)).toContainText(outside("2030-01-01", "2031-01-01"));
  await expect.poll(() => new URL(page.url()).search).toBe("");
  await page.getByRole("button", { name: "Dismiss" }).click();

  // Outcomes reach 2018 as it turned out; on the first day of reports nothing is dated that late. The
  // slider rewrites the URL in place (no Back): the window stays in it, for the days that reach it.
  await page.goto("/?asof=end&actual=1&from=2018-01-01&to=2018-06-01");
  await expect(page.locator(".timeline-axis .axis-canvas[data-labels]")).toBeAttached();
  expect(new URL(page.url()).searchParams.get("from")).toBe("2018-01-01");
  const fit = page.getByRole("button", { name: "Fit", exact: true });
  await expect(fit).not.toHaveAttribute("aria-disabled", "true");
  await page.getByRole("slider").first().focus();
  await page.keyboard.press("Home");
  await expect(page).toHaveURL(/asof=2016-01-17/);
  await expect(page).toHaveURL(/from=2018-01-01&to=2018-06-01/);
  await expect(notices(page)).not.toContainText("outside the dates");
  await page.getByRole("button", { name: "How it turned out" }).click();
  await expect(page).toHaveURL(/asof=end/);
  await expect(fit).not.toHaveAttribute("aria-disabled", "true");
  await expect(page).toHaveURL(/from=2018-01-01&to=2018-06-01/);
});

test("a search that matches nothing keeps the zoom, for the search that does", async ({ page }) => {
  await page.goto("/?from=2016-09-01&to=2016-11-01");
  await expect(page.locator(".timeline-axis .axis-canvas[data-labels]")).toBeAttached();
  const search = page.getByRole("searchbox", { name: "Search labels and quotes" });
  await search.fill("lukw");
  await expect(page).toHaveURL(/q=lukw/);
  await search.fill("luke");
  await expect(page).toHaveURL(/q=luke&from=2016-09-01&to=2016-11-01|from=2016-09-01&to=2016-11-01.*q=luke/);
  await expect(notices(page)).toHaveText("");
  await search.fill("");
  await expect(page).not.toHaveURL(/q=/);
  await expect(page).toHaveURL(/from=2016-09-01&to=2016-11-01/);
  await expect(page.getByRole("button", { name: "Fit", exact: true })).not.toHaveAttribute(
    "aria-disabled",
    "true",
  );
});

test("an item the filters hide, opened from What changed, says so in sight, under its line", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/?show=daredevil");
  const list = page.getByRole("region", { name: /^What changed on / });
  await list.getByRole("button", { name: /^Moved: .*Jessica Jones season 2 production begins/ }).click();
  const show = list.getByRole("button", { name: "Show Jessica Jones too and open it" });
  await expect(show).toBeFocused();
  await expect(show).toBeInViewport({ ratio: 1 });
  await expect(list.getByText("is hidden by the show filter.")).toBeInViewport();
  await expect(notices(page)).toHaveText("");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "Jessica Jones season 2 production begins" })).toBeVisible();
});

test("a link of many values the page cannot show names the first ten, and how many more", async ({
  page,
}) => {
  const shows = Array.from({ length: 15 }, (_, i) => `nosuch${i}`);
  await page.goto(`/?show=${shows.join(",")}`);
  await expect(notices(page)).toContainText("the show “nosuch9” (not in this timeline) and 5 more values.");
  await expect(notices(page)).not.toContainText("nosuch10");
  await expect.poll(() => new URL(page.url()).search).toBe("");
});
