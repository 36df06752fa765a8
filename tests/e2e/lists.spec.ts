import type { Page } from "@playwright/test";
import { claimsDatasetJson, datasetJson } from "../../scripts/bench/generate.mjs";
import { expect, serveFixture, test } from "./fixtures.ts";

// Long lists on 20,000 events: each shows a first slice and more on request, and "more" keeps focus on the
// page's content. Counts and focus are asserted, never how long anything took.
const N = 20_000;
const big = datasetJson(N, 7);
const claims = claimsDatasetJson(N, 7);

/** What has focus: its tag, its event id (a table row's button) and its text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return {
      tag: active?.tagName ?? "",
      event: active?.getAttribute("data-event-id") ?? null,
      text: active?.textContent ?? "",
    };
  });

test("20k events, scorecard: 500 predictions listed of 20,000, the summaries count all, and more by keyboard", async ({
  page,
}) => {
  await serveFixture(page, "big.json", big);
  await page.goto("/scorecard?data=/fixtures/big.json");
  const table = page.getByRole("table", { name: "Every prediction" });
  await expect(page.getByText("Listing 500 of 20,000 predictions.")).toBeVisible();
  await expect(table.locator("tbody tr")).toHaveCount(500);
  await expect(page.getByText("20,000 claims could not be scored", { exact: false })).toBeVisible();
  const more = page.getByRole("button", { name: "Show 500 more of 19,500 left" });
  await more.focus();
  await page.keyboard.press("Enter");
  await expect(table.locator("tbody tr")).toHaveCount(1000);
  const first = table.locator("tbody tr").nth(500).getByRole("link");
  await expect(first).toBeFocused();
  await page.getByRole("link", { name: "← Back to the timeline" }).click();
  await expect(page.getByRole("status").filter({ hasText: "events shown" })).toHaveText(
    `${N.toLocaleString("en")} of ${N.toLocaleString("en")} events shown`,
  );
});

test("20k events, table view: a show's 'more' buttons move focus to the first row they show", async ({
  page,
}) => {
  // 400 shows of about 50: past the first 500 rows, a show starts with its button alone ("Show 63 of 63
  // events in …", naming its show), which shows them all and goes.
  await serveFixture(page, "rows.json", datasetJson(N, 7, 50));
  await page.goto("/?data=/fixtures/rows.json&view=table");
  const waiting = page.getByRole("button", { name: /^Show (\d+) of \1 events in .+$/ }).first();
  await waiting.focus();
  await page.keyboard.press("Enter");
  // The button is gone: focus is on a row's button (the first its show lists), not on the page's body.
  await expect.poll(async () => (await focused(page)).event).not.toBeNull();
  expect((await focused(page)).tag).toBe("BUTTON");

  // 18 shows of about 1,100: "Show 100 more of 1,019 left in …" shows the next 100 and stays.
  await serveFixture(page, "big.json", big);
  await page.goto("/?data=/fixtures/big.json&view=table");
  const more = page.getByRole("button", { name: /^Show 100 more of [\d,]+ left in .+$/ }).first();
  const table = page.getByRole("table").filter({ has: more }).first();
  await more.focus();
  await page.keyboard.press("Enter");
  await expect(table.locator("tbody tr")).toHaveCount(200);
  await expect(table.locator("tbody tr").nth(100).getByRole("button")).toBeFocused();
});

test("20k events with claims, what changed: 250 more per press, focus on the first shown", async ({
  page,
}) => {
  await serveFixture(page, "claims.json", claims);
  await page.goto("/?data=/fixtures/claims.json");
  const section = page.locator("section.what-changed");
  const entries = section.getByRole("listitem");
  await expect(entries).toHaveCount(25);
  const heading = await section.getByRole("heading").textContent();
  const total = Number(/\((\d+)\)/.exec(heading ?? "")?.[1]);
  expect(total).toBeGreaterThan(275);
  await section.getByRole("button", { name: /^Show 250 more of [\d,]+ left$/ }).press("Enter");
  await expect(entries).toHaveCount(275);
  await expect(entries.nth(25).getByRole("button")).toBeFocused();
  await expect(
    section.getByRole("button", { name: `Show 250 more of ${(total - 275).toLocaleString("en")} left` }),
  ).toBeVisible();
});

test("20k events with claims: each report step's What changed is that day's own, thousands of lines read in later tasks", async ({
  page,
}) => {
  await serveFixture(page, "claims.json", claims);
  await page.goto("/?data=/fixtures/claims.json");
  const section = page.locator("section.what-changed");
  const slider = page.getByRole("slider", { name: "Known as of" });
  await expect(section.getByRole("listitem")).toHaveCount(25);
  const shown: string[] = [];
  for (const name of ["Previous report", "Previous report", "Next report"]) {
    const before = (await slider.getAttribute("aria-valuetext")) ?? "";
    await page.getByRole("button", { name }).click();
    await expect(slider).not.toHaveAttribute("aria-valuetext", before);
    const day = (await slider.getAttribute("aria-valuetext")) ?? "";
    // The day's own list, however long: a busy day of this dataset has thousands of lines.
    await expect(section.getByRole("heading"), day).toHaveText(
      new RegExp(`^What changed on ${day} \\([1-9]\\d{3,}\\)$`),
    );
    await expect(section.getByRole("listitem")).toHaveCount(25);
    shown.push(day);
  }
  // Back to a day already seen: its list again.
  expect(shown[2]).toBe(shown[0]);
});

test("on a desktop the scorecard's boxes fit: no Tab stop that scrolls nothing, no region that repeats a heading", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto("/scorecard");
  await expect(page.getByRole("table", { name: "By kind" })).toBeVisible();
  await expect(page.locator(".score-scroll")).toHaveCount(4);
  await expect(page.locator(".score-scroll[tabindex]")).toHaveCount(0);
  await expect(page.getByRole("region")).toHaveCount(0);
});

test.describe("at 390 px wide", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the scorecard does not scroll sideways: its tables scroll in their own regions, by keyboard too", async ({
    page,
  }) => {
    await page.goto("/scorecard");
    await expect(page.getByRole("table", { name: "Every prediction" })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    for (const name of ["By publisher", "By kind", "Every prediction"]) {
      const box = page.getByRole("region", { name });
      const { scrollWidth, clientWidth } = await box.evaluate((e) => ({
        scrollWidth: e.scrollWidth,
        clientWidth: e.clientWidth,
      }));
      expect(clientWidth).toBeLessThanOrEqual(390);
      expect(scrollWidth, `${name} is wider than its box`).toBeGreaterThan(clientWidth);
      // It scrolls: a Tab stop, so the keyboard can scroll it.
      await expect(box).toHaveAttribute("tabindex", "0");
    }
    const region = page.getByRole("region", { name: "Every prediction" });
    await region.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
  });

  test("what changed: a wrapped entry's bullet sits at its first line", async ({ page }) => {
    await page.goto("/?asof=2016-05-11");
    const entry = page.locator("section.what-changed li").first();
    const button = entry.getByRole("button");
    await expect(button).toBeVisible();
    // The bullet stands on the list item's first line box, as does any text put beside the entry: a probe
    // of no width measures where that line is, against the entry's own first line.
    const { probeTop, buttonTop, buttonHeight, lineHeight } = await entry.evaluate((li) => {
      const probe = document.createElement("span");
      probe.textContent = "\u200b"; // no width: the entry keeps its place on the line
      li.prepend(probe);
      const inner = li.querySelector("button");
      const result = {
        probeTop: probe.getBoundingClientRect().top,
        buttonTop: inner?.getBoundingClientRect().top ?? NaN,
        buttonHeight: inner?.getBoundingClientRect().height ?? NaN,
        lineHeight: probe.getBoundingClientRect().height,
      };
      probe.remove();
      return result;
    });
    // The entry wraps to at least two lines at this width.
    expect(buttonHeight).toBeGreaterThan(lineHeight * 1.5);
    expect(Math.abs(probeTop - buttonTop)).toBeLessThan(lineHeight / 2);
  });
});

// Show names, publishers, labels and quotes of unbroken 80-letter words: they wrap, the page never scrolls
// sideways (a wide table scrolls in its own region).
for (const viewport of [
  { width: 1400, height: 900 },
  { width: 390, height: 844 },
]) {
  test.describe(`long unbroken words at ${viewport.width} px`, () => {
    test.use({ viewport });
    for (const [view, search, ready] of [
      ["the timeline", "&asof=2016-01-04&event=l1", ".timeline-axis .axis-canvas[data-labels]"],
      ["the Table view", "&asof=2016-01-04&view=table", ".dataset-table"],
    ] as const) {
      test(`${view}, its filters, what changed and the open item wrap them: no sideways scroll`, async ({
        page,
      }) => {
        await serveFixture(page, "longWords.csv");
        await page.goto(`/?data=/fixtures/longWords.csv${search}`);
        await expect(page.locator(ready).first()).toBeAttached();
        await expect(page.getByRole("heading", { name: /^What changed on / })).toBeVisible();
        if (search.includes("event=")) await expect(page.getByRole("dialog")).toBeVisible();
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          inner: window.innerWidth,
        }));
        expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
      });
    }
  });
}
