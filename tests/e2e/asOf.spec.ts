import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { datasetJson } from "../../scripts/bench/generate.mjs";
import { nextReportButton } from "../../scripts/bench/nextReportButton.mjs";
import { expect, serveFixture, test } from "./fixtures.ts";
import { chunkUrl } from "../../scripts/chunkNames.mjs";

const chart = (page: Page) => page.getByRole("group", { name: /^Timeline: / });
const slider = (page: Page) => page.getByRole("slider", { name: "Known as of" });
const item = (page: Page, id: string) => page.locator(`svg [data-event-id="${id}"]`);

test("the report buttons are named with the day they step to, in one phrase as the browser reads it", async ({
  page,
}) => {
  await page.goto("/?asof=2016-05-02");
  // Not "Previous report , to 17 January 2016", as a hidden span in the button made Chrome say it.
  await expect(
    page.getByRole("button", { name: "Previous report, to 17 January 2016", exact: true }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Next report, to 11 May 2016", exact: true })).toBeVisible();
});

test("the slider by keyboard: a day at a time, the day in words and in the URL", async ({ page }) => {
  await page.goto("/");
  await chart(page).waitFor();
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "11 May 2016");
  await slider(page).focus();
  for (let i = 0; i < 9; i += 1) await page.keyboard.press("ArrowLeft");
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "2 May 2016");
  await expect(page).toHaveURL(/asof=2016-05-02/);
  await expect(item(page, "jessica-jones-2-production")).toHaveAttribute("aria-label", /, 2017,/);
  await page.keyboard.press("Home");
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "17 January 2016");
  await expect(item(page, "luke-cage-1-release")).toHaveCount(0);
});

test("the slider's first arrow from how it turned out, or from a day before the reports, lands on the end's report day", async ({
  page,
}) => {
  // The last report's day, as Previous report finds it from how it turned out.
  await page.goto("/?asof=end");
  await chart(page).waitFor();
  await page.getByRole("button", { name: "Previous report" }).click();
  await expect(page).not.toHaveURL(/asof=end/);
  const last = await slider(page).getAttribute("aria-valuetext");
  await page.goto("/?asof=end");
  await chart(page).waitFor();
  await slider(page).focus();
  await page.keyboard.press("ArrowLeft");
  await expect(slider(page)).toHaveAttribute("aria-valuetext", last!);
  // Before the first report: the first arrow right, or Home, goes to the first report's day.
  for (const key of ["ArrowRight", "Home"]) {
    await page.goto("/?asof=2016-01-10");
    await chart(page).waitFor();
    await slider(page).focus();
    await page.keyboard.press(key);
    await expect(slider(page), key).toHaveAttribute("aria-valuetext", "17 January 2016");
  }
});

test("Next and Previous report by keyboard keep focus at the last and first report, and say the day", async ({
  page,
}) => {
  await page.goto("/");
  await chart(page).waitFor();
  const said = page.getByRole("region", { name: "Known as of" }).getByRole("status");
  for (const name of ["Next report", "Previous report"]) {
    const button = page.getByRole("button", { name });
    await button.focus();
    for (let i = 0; i < 30 && (await button.getAttribute("aria-disabled")) !== "true"; i += 1) {
      await page.keyboard.press("Enter");
    }
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute("aria-disabled", "true");
  }
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "17 January 2016");
  await expect(said).toHaveText("Known as of 17 January 2016");
});

test("the bench's as-of case finds Next report, clicks through to the last report and reads it as idle there", async ({
  page,
}) => {
  await page.goto("/?asof=2016-01-17");
  await chart(page).waitFor();
  const days: string[] = [];
  for (let i = 0; i < 30; i += 1) {
    const next = await page.evaluate(nextReportButton);
    expect(next).not.toBeNull();
    if (next!.disabled) break;
    await page.mouse.click(next!.x, next!.y);
    days.push((await slider(page).getAttribute("aria-valuetext"))!);
  }
  // Every step the page takes, not none (the case measured no step while it looked for the old name).
  expect(days.length).toBeGreaterThan(3);
  expect(days.at(-1)).toBe("19 October 2018");
  await expect(page.getByRole("button", { name: /^Next report/ })).toHaveAttribute("aria-disabled", "true");
});

test("a report step keeps the URL's window in every frame: a new day's scale is never shown at the old zoom", async ({
  page,
}) => {
  await page.goto("/?from=2016-01-01&to=2016-12-31");
  await chart(page).waitFor();
  const axis = page.locator(".timeline-axis .axis-canvas[data-labels]");
  await expect(axis).toHaveAttribute("data-labels", "2016|Q2|Q3|Q4");
  // To 2 May and back to 11 May, twice: each day's dates make another scale (its latest report is on it).
  for (const name of ["Previous report", "Next report", "Previous report", "Next report"]) {
    // What the axis shows in each frame from the press until the page is still.
    await page.evaluate(() => {
      const w = window as unknown as { shownLabels: string[] };
      w.shownLabels = [];
      const canvas = document.querySelector<HTMLElement>(".timeline-axis .axis-canvas")!;
      const sample = () => {
        w.shownLabels.push(canvas.dataset["labels"] ?? "");
        if (w.shownLabels.length < 30) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await page.getByRole("button", { name: new RegExp(`^${name}`) }).click();
    await page.waitForFunction(
      () => (window as unknown as { shownLabels: string[] }).shownLabels.length >= 30,
    );
    const frames = await page.evaluate(() => (window as unknown as { shownLabels: string[] }).shownLabels);
    expect(new Set(frames)).toEqual(new Set(["2016|Q2|Q3|Q4"]));
  }
});

test("Next report from 1 January 2016 stops only on days with something to list, outcomes included", async ({
  page,
}) => {
  await page.goto("/?asof=2016-01-01&actual=1");
  await chart(page).waitFor();
  const heading = page.getByRole("heading", { name: /^What changed on / });
  const next = page.getByRole("button", { name: "Next report" });
  const seen: string[] = [];
  for (let i = 0; i < 30 && (await next.getAttribute("aria-disabled")) !== "true"; i += 1) {
    const before = await slider(page).getAttribute("aria-valuetext");
    await next.click();
    await expect(slider(page)).not.toHaveAttribute("aria-valuetext", before ?? "");
    const day = (await slider(page).getAttribute("aria-valuetext")) ?? "";
    seen.push(day);
    // The heading names the day, and the day has a line.
    await expect(heading, day).toHaveText(new RegExp(`^What changed on ${day} \\([1-9]\\d*\\)$`));
  }
  expect(seen.slice(0, 3)).toEqual(["17 January 2016", "2 May 2016", "11 May 2016"]);
  expect(seen).not.toContain("18 March 2016");
  expect(seen).toContain("30 September 2017");
  expect(seen).not.toContain("1 September 2017");
  // 2 May says that Iron Fist had begun filming in April (Collider, 19 April), as it adds the event.
  await page.goto("/?asof=2016-05-02");
  await expect(
    page
      .getByRole("region", { name: /^What changed on / })
      .getByRole("button", { name: /^Outcome: Collider, 19 April 2016: Iron Fist season 1 starts filming/ }),
  ).toBeVisible();
});

test("an outcome of an undated page is drawn once all it reports has happened, its date not made up", async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const production = item(page, "jessica-jones-2-production");
  await page.goto("/?asof=2017-09-01&actual=1");
  await chart(page).waitFor();
  await expect(production).not.toHaveAttribute("aria-label", /ended September 2017/);
  await page.goto("/?asof=2017-09-30&actual=1");
  await chart(page).waitFor();
  await expect(production).toHaveAttribute("aria-label", /ended September 2017/);
  await expect(
    page.getByRole("region", { name: /^What changed on / }).getByRole("button", {
      name: /^Outcome: Screen Rant, date not printed: Jessica Jones season 2 production begins: ended September 2017/,
    }),
  ).toBeVisible();
});

test("the slider by mouse and by touch: a click far left goes to January 2016", async ({ page, browser }) => {
  await page.goto("/");
  await chart(page).waitFor();
  const box = await slider(page).boundingBox();
  if (!box) throw new Error("no slider");
  await page.mouse.click(box.x + 2, box.y + box.height / 2);
  await expect(slider(page)).toHaveAttribute("aria-valuetext", /January 2016/);
  // Touch: a tap on the far right end goes to the last report.
  const context = await browser.newContext({ hasTouch: true, baseURL: new URL(page.url()).origin });
  const touch = await context.newPage();
  await touch.goto("/");
  await chart(touch).waitFor();
  const tbox = await slider(touch).boundingBox();
  if (!tbox) throw new Error("no slider");
  await touch.touchscreen.tap(tbox.x + tbox.width - 2, tbox.y + tbox.height / 2);
  await expect(slider(touch)).toHaveAttribute("aria-valuetext", /October 2018/);
  await context.close();
});

test("the URL round trip: a link opens the same day, and Back returns to the day before", async ({
  page,
}) => {
  await page.goto("/?asof=2016-05-02");
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "2 May 2016");
  await page.getByRole("button", { name: "Next report" }).click();
  await expect(page).not.toHaveURL(/asof=/);
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "11 May 2016");
  await page.goBack();
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "2 May 2016");
  await page.reload();
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "2 May 2016");
});

// A dataset whose pages carry no claim or outcome (every synthetic one) is drawn as it is, without the
// reader of claims (lazyAsOfView.ts): that chunk is fetched after the first draw, for a step back in time.
// 120 events, each citing one of six pages: 16 cite the first (15 May 2016), 21 the second, 16 the third.
const PLAIN = datasetJson(120, 7, 50);
const READER = chunkUrl("asOfView");
const exported = (page: Page) => page.getByRole("group", { name: /^Export: / });
/** Opens that dataset at `search` (after its `?data=`) and waits for the chart. */
async function openPlain(page: Page, search = "") {
  await serveFixture(page, "plain.json", PLAIN);
  await page.goto(`/?data=/fixtures/plain.json${search}`);
  await chart(page).waitFor();
}
/** When the page's first draw, and its request for the reader of claims, started (ms; null: none yet). */
const readerTiming = (page: Page) =>
  page.evaluate((source) => {
    const start = (entry: PerformanceEntry | undefined) => entry?.startTime ?? null;
    return {
      drawn: start(performance.getEntriesByName("timeline:first-draw")[0]),
      reader: start(performance.getEntriesByType("resource").find((r) => new RegExp(source).test(r.name))),
    };
  }, READER.source);

test("a dataset without claims is drawn before the reader of claims is fetched; a step back then works", async ({
  page,
}) => {
  await openPlain(page);
  await expect(exported(page)).toHaveAttribute("aria-label", "Export: all 120 events");
  await expect.poll(async () => (await readerTiming(page)).reader).not.toBeNull();
  const { drawn, reader } = await readerTiming(page);
  expect(drawn).not.toBeNull();
  expect(reader).toBeGreaterThan(drawn ?? Infinity);
  await slider(page).focus();
  await page.keyboard.press("Home");
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "15 May 2016");
  await expect(exported(page)).toHaveAttribute("aria-label", "Export: all 16 events");
  await page.keyboard.press("End");
  await expect(exported(page)).toHaveAttribute("aria-label", "Export: all 120 events");
});

test("a link to an early day of a dataset without claims opens on that day, the reader fetched for it", async ({
  page,
}) => {
  await openPlain(page, "&asof=2019-02-09");
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "9 February 2019");
  await expect(exported(page)).toHaveAttribute("aria-label", "Export: all 53 events");
  const { drawn, reader } = await readerTiming(page);
  expect(reader).toBeLessThan(drawn ?? -Infinity);
});

test("a step back before the reader of claims has arrived keeps the day before on screen until it has", async ({
  page,
}) => {
  // The reader's download is held until the step has been taken.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(READER, async (route) => {
    await held;
    await route.continue();
  });
  await openPlain(page);
  await slider(page).focus();
  await page.keyboard.press("Home");
  // The control answers at once; the chart and the exports still show the last day's 120
  // events, not a loading screen, and the slider keeps the focus.
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "15 May 2016");
  // Time for the deferred render of the new day to start, and find the reader missing.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await expect(exported(page)).toHaveAttribute("aria-label", "Export: all 120 events");
  await expect(page.getByText("Loading the timeline…")).toHaveCount(0);
  await expect(slider(page)).toBeFocused();
  release();
  await expect(exported(page)).toHaveAttribute("aria-label", "Export: all 16 events");
  await expect(slider(page)).toBeFocused();
});

test("what changed: the 11 May line says what moved and opens its citations", async ({ page }) => {
  await page.goto("/");
  const line = page.getByRole("region", { name: /^What changed on / }).getByRole("button", {
    name: /Screen Rant, about 11 May 2016: Jessica Jones season 2 production begins.*was 2017 \(Player\.One\)/,
  });
  await line.click();
  await expect(page.getByRole("dialog", { name: "Jessica Jones season 2 production begins" })).toBeVisible();
});

test("what changed: Escape from a line's citations gives focus back to the line, not to the chart", async ({
  page,
}) => {
  await page.goto("/");
  const line = page.getByRole("region", { name: /^What changed on / }).getByRole("button", {
    name: /Screen Rant, about 11 May 2016: Jessica Jones season 2 production begins/,
  });
  await line.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Jessica Jones season 2 production begins" });
  await expect(dialog.getByRole("heading", { level: 2 })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(line).toBeFocused();
  // A chart item opened and closed still takes focus back itself.
  await page.locator('svg [data-event-id="jessica-jones-2-production"]').focus();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.locator('svg [data-event-id="jessica-jones-2-production"]')).toBeFocused();
});

test("Back that takes away the focused line of What changed, or row of the table, leaves the focus beside it, not on the body", async ({
  page,
}) => {
  const onBody = () => page.evaluate(() => document.activeElement === document.body);
  // What changed: the line of 11 May is not there on 2 May.
  await page.goto("/?asof=2016-05-02");
  await page.getByRole("button", { name: "Next report" }).click();
  const changes = page.getByRole("region", { name: /^What changed on / });
  const line = changes.getByRole("button", {
    name: /Screen Rant, about 11 May 2016: Jessica Jones season 2 production/,
  });
  await line.focus();
  await page.goBack();
  await expect(line).toBeHidden();
  expect(await onBody()).toBe(false);
  await expect(changes).toBeFocused();
  // The table: Daredevil season 3 "not yet confirmed" was first reported on 11 May.
  await page.goto("/?asof=2016-05-02&view=table");
  await page.getByRole("button", { name: "Next report" }).click();
  const table = page.locator(".dataset-table");
  const row = table.getByRole("button", { name: /Daredevil season 3 not yet confirmed/ });
  await row.focus();
  await page.goBack();
  await expect(row).toBeHidden();
  expect(await onBody()).toBe(false);
  await expect(table).toBeFocused();
});

test("Back to a day before the open item was reported, or to a show unticked, takes its panel away and the focus in it to the chart, not the body", async ({
  page,
}) => {
  const onBody = () => page.evaluate(() => document.activeElement === document.body);
  // Iron Fist's filming was first reported on 2 May 2016: hidden on 17 January, its panel waits.
  await page.goto("/?asof=2016-01-17&event=iron-fist-1-filming");
  await page.getByRole("button", { name: "Next report" }).click();
  const panel = page.getByRole("dialog", { name: /^Iron Fist season 1/ });
  const link = panel.getByRole("link").first();
  await link.focus();
  await page.goBack();
  await expect(panel).toBeHidden();
  expect(await onBody()).toBe(false);
  await expect(page.locator(".chart")).toBeFocused();
  // Forward gives the panel back, and leaves the focus where the reader is.
  await page.goForward();
  await expect(panel).toBeVisible();
  await expect(page.locator(".chart")).toBeFocused();
  // A show unticked with the focus in the panel, then Back and Forward: the item hidden by the filter.
  await link.focus();
  await page.getByRole("checkbox", { name: /^Iron Fist/ }).uncheck();
  await expect(panel).toBeHidden();
  await page.goBack();
  await expect(panel).toBeVisible();
  await link.focus();
  await page.goForward();
  await expect(panel).toBeHidden();
  expect(await onBody()).toBe(false);
  await expect(page.locator(".chart")).toBeFocused();
});

test("how it turned out: outcomes in the tooltip and panel, with text-fragment and archive links", async ({
  page,
}) => {
  await page.goto("/");
  await chart(page).waitFor();
  await page.getByRole("button", { name: "How it turned out" }).click();
  await expect(page).toHaveURL(/asof=end/);
  await item(page, "jessica-jones-2-release").hover();
  await expect(page.getByRole("tooltip")).toContainText(
    "reported: 2017 or later; premiered 8 March 2018 (CBR)",
  );
  await item(page, "jessica-jones-2-release").click();
  const panel = page.getByRole("dialog", { name: "Jessica Jones season 2 premieres" });
  const original = panel.getByRole("link", { name: /Original article, at the quote/ }).last();
  await expect(original).toHaveAttribute(
    "href",
    /^https:\/\/www\.cbr\.com\/.*#:~:text=Marvel%20and%20Netflix/,
  );
  await expect(panel.getByRole("link", { name: /Archived copy/ }).first()).toHaveAttribute(
    "href",
    /^https:\/\/web\.archive\.org\/web\/20160511\/https:\/\/screenrant\.com\//,
  );
});

test("the scorecard: reachable by keyboard, each dot and row a link to its quotes", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /Scorecard/ }).click();
  await expect(page.getByRole("table", { name: "By publisher" })).toBeVisible();
  const dot = page.getByRole("link", {
    name: "Player.One, about 2 May 2016: Luke Cage season 1 premieres, inside the reported window",
  });
  await dot.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/event=luke-cage-1-release&asof=end/);
  await expect(page.getByRole("dialog", { name: "Luke Cage season 1 premieres" })).toBeVisible();
});

test("a filtered timeline's scorecard scores the events it shows, and every event when asked", async ({
  page,
}) => {
  await page.goto("/?show=luke-cage");
  await page.getByRole("link", { name: /Scorecard/ }).click();
  const every = page.getByRole("table", { name: "Every prediction" });
  await expect(every.getByRole("rowheader")).toHaveText(Array(3).fill("Luke Cage season 1 premieres"));
  await expect(page.getByRole("status")).toHaveText(
    "Scoring the events the timeline's filters show: 1 of 19 events.",
  );
  await page.getByRole("button", { name: "Score every event" }).click();
  await expect(every.getByRole("rowheader").nth(3)).toBeVisible();
  await page.getByRole("link", { name: "← Back to the timeline" }).click();
  await expect(page).toHaveURL(/\/\?show=luke-cage$/);
});

test("at 360 px the scorecard's miss chart is as wide as the page's content, without side margins", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/scorecard");
  const figure = page.locator("figure", { has: page.getByRole("group", { name: /^Miss in days/ }) });
  await expect(figure).toBeVisible();
  const room = await figure.evaluate((element) => {
    const style = getComputedStyle(element);
    const parent = element.parentElement!;
    const parentStyle = getComputedStyle(parent);
    const inner =
      parent.clientWidth - parseFloat(parentStyle.paddingLeft) - parseFloat(parentStyle.paddingRight);
    return {
      margins: [style.marginLeft, style.marginRight],
      width: element.getBoundingClientRect().width,
      inner,
    };
  });
  expect(room.margins).toEqual(["0px", "0px"]);
  expect(room.width).toBeCloseTo(room.inner, 0);
});

async function expectAxeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

for (const scheme of ["light", "dark"] as const) {
  test(`axe, ${scheme} theme: the table as of the end, with earlier reports, what happened and receipts`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/?asof=end&actual=1&view=table");
    await expect(page.getByRole("columnheader", { name: "What happened" }).first()).toBeVisible();
    await expect(page.getByText("was 2017 (Player.One, about 2 May 2016")).toBeVisible();
    await expectAxeClean(page);
  });

  test(`axe, ${scheme} theme: as-of control, what changed, outcomes panel, and the scorecard`, async ({
    page,
  }) => {
    // Five pages, each a full axe pass: past the 30 s default on a busy machine (before this branch too).
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    const check = () => expectAxeClean(page);
    await page.goto("/?asof=end&event=iron-fist-1-filming");
    await expect(page.getByRole("dialog")).toBeVisible();
    await check();
    await page.goto("/?asof=2016-05-11");
    await chart(page).waitFor();
    await check();
    // Ghosts and Reported vs actual drawn, with the legend open.
    await page.goto("/?asof=end&actual=1");
    await chart(page).waitFor();
    await page.getByText("Legend: what the marks mean").click();
    await expect(page.getByText(/Solid strip or triangle below/)).toBeVisible();
    await check();
    await page.goto("/scorecard");
    await expect(page.getByRole("table", { name: "By kind" })).toBeVisible();
    await check();
  });
}

test("from 2 to 11 May 2016, Jessica Jones season 2 production moves and leaves '2017' as a ghost", async ({
  page,
}) => {
  const production = item(page, "jessica-jones-2-production");
  const ghosts = production.locator('rect[stroke-dasharray="3 2"]');
  // Measured where the marks land: no glide under way.
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/?asof=2016-05-02");
  await chart(page).waitFor();
  await expect(production).toHaveAttribute("aria-label", /, 2017,/);
  await expect(ghosts).toHaveCount(0);
  await page.getByRole("button", { name: "Next report" }).click();
  await expect(production).toHaveAttribute("aria-label", /October 2016 or later.*; was 2017 \(Player\.One\)/);
  await expect(ghosts).toHaveCount(1);
  // The ghost is drawn over 2017: to the right of the bar, which starts in October 2016.
  const ghost = await ghosts.boundingBox();
  const bar = await production
    .locator("rect:not(.hit):not(.ring):not([stroke-dasharray])")
    .first()
    .boundingBox();
  if (!ghost || !bar) throw new Error("not drawn");
  expect(ghost.x).toBeGreaterThan(bar.x);
  expect(ghost.y + ghost.height).toBeLessThanOrEqual(bar.y + 1);
});

test("the table follows the slider: earlier reports from 11 May, outcomes once known, by keyboard", async ({
  page,
}) => {
  const row = (label: string) =>
    page.getByRole("row").filter({ has: page.getByRole("button", { name: label }) });
  const production = row("Jessica Jones season 2 production begins");
  await page.goto("/?view=table&asof=2016-05-02&actual=1");
  await expect(production).toContainText("no earlier date");
  await expect(production).not.toContainText("was 2017");
  await slider(page).focus();
  for (let i = 0; i < 9; i += 1) await page.keyboard.press("ArrowRight");
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "11 May 2016");
  await expect(production).toContainText("October 2016 or later");
  await expect(production).toContainText("was 2017 (Player.One, about 2 May 2016");
  const lukeCage = row("Luke Cage season 1 premieres");
  await expect(lukeCage).toContainText("no outcome known by this day");
  await page.getByRole("button", { name: "How it turned out" }).click();
  await expect(lukeCage).toContainText("premiered 30 September 2016 (HotHardware");
  await expect(lukeCage).toContainText("; inside the reported window");
  // The receipt lands on the sentence, and it is reachable from the keyboard.
  const receipt = lukeCage.getByRole("link", { name: /^HotHardware/ });
  await expect(receipt).toHaveAttribute("href", /#:~:text=/);
  await receipt.focus();
  await expect(receipt).toBeFocused();
});

test("Reported vs actual: the toggle draws outcomes under their items, and the URL keeps it", async ({
  page,
}) => {
  await page.goto("/?asof=end");
  await chart(page).waitFor();
  const lukeCage = item(page, "luke-cage-1-release");
  await expect(lukeCage).not.toHaveAttribute("aria-label", /premiered/);
  await page.getByRole("button", { name: "Reported vs actual" }).click();
  await expect(page).toHaveURL(/actual=1/);
  await expect(lukeCage).toHaveAttribute("aria-label", /; premiered 30 September 2016/);
  await page.reload();
  await expect(page.getByRole("button", { name: "Reported vs actual" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(lukeCage).toHaveAttribute("aria-label", /; premiered 30 September 2016/);
});

test("Reported vs actual: an item on the shelf shows its outcome once known: a triangle under it, and its day in its name", async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  // On 3 April 2017 the newest report leaves Jessica Jones season 2's filming undated (the shelf), and Screen
  // Rant says that day that filming started.
  const id = "jessica-jones-2-filming-before-defenders";
  const shelved = page.locator(`svg.timeline-shelf [data-event-id="${id}"]`);
  // The outcome's triangle: an unstroked path, under the glyph.
  const triangle = shelved.locator("path:not([stroke-dasharray])");
  await page.goto("/?asof=2017-04-03&actual=1");
  await chart(page).waitFor();
  // Player.One had it before The Defenders, which began filming in October 2016.
  await expect(shelved).toHaveAttribute(
    "aria-label",
    /; started 3 April 2017 \(Screen Rant\); Player\.One reported it before “The Defenders production begins”: it came after$/,
  );
  await expect(triangle).toHaveCount(1);
  await expect(triangle).toBeVisible();
  // The tooltip says the order too, as the name and the panel do.
  await shelved.focus();
  await expect(page.getByRole("tooltip")).toContainText(
    "started 3 April 2017 (Screen Rant); Player.One reported it before “The Defenders production begins”: it came after",
  );
  // Not known on 20 March; not drawn with the toggle off.
  await page.goto("/?asof=2017-03-20&actual=1");
  await chart(page).waitFor();
  await expect(shelved).toBeVisible();
  await expect(shelved).not.toHaveAttribute("aria-label", /started/);
  await expect(triangle).toHaveCount(0);
  await page.goto("/?asof=2017-04-03");
  await chart(page).waitFor();
  await expect(shelved).toBeVisible();
  await expect(triangle).toHaveCount(0);
});

test("stepping through the reports animates within 300 ms, and not at all with reduced motion", async ({
  page,
}) => {
  const layer = page.locator("svg.timeline-svg");
  // The transition a mark gets while the layer is stepping (set here, so no timing is read).
  const duration = () =>
    layer.evaluate((svg) => {
      svg.classList.add("stepping");
      const mark = svg.querySelector('[data-event-id="jessica-jones-2-production"]');
      const seconds = mark ? getComputedStyle(mark).transitionDuration : "none";
      svg.classList.remove("stepping");
      return seconds;
    });
  await page.emulateMedia({ reducedMotion: "no-preference" });
  await page.goto("/?asof=2016-05-02");
  await chart(page).waitFor();
  // A step puts the layer in the stepping state; a zoom never does.
  await layer.evaluate((svg) => {
    new MutationObserver(() => {
      if (svg.classList.contains("stepping")) svg.dataset.stepped = "yes";
    }).observe(svg, { attributes: true, attributeFilter: ["class"] });
  });
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(page).toHaveURL(/from=/);
  await expect(layer).not.toHaveAttribute("data-stepped", "yes");
  await page.getByRole("button", { name: "Next report" }).click();
  await expect(layer).toHaveAttribute("data-stepped", "yes");
  const seconds = (await duration()).split(",").map((d) => parseFloat(d));
  expect(Math.min(...seconds)).toBeGreaterThan(0);
  expect(Math.max(...seconds)).toBeLessThanOrEqual(0.3);
  await page.emulateMedia({ reducedMotion: "reduce" });
  expect(await duration()).toBe("0s");
});

test("a step that gives the open item back shows its panel but leaves the focus on the step, so the keys go on stepping", async ({
  page,
}) => {
  // Iron Fist's filming was first reported on 2 May 2016: hidden on 17 January, its panel waits.
  await page.goto("/?asof=2016-01-17&event=iron-fist-1-filming");
  const next = page.getByRole("button", { name: "Next report" });
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: /^Iron Fist season 1/ })).toBeVisible();
  await expect(next).toBeFocused();
  const day = () => new URL(page.url()).searchParams.get("asof");
  const shown = day();
  await page.keyboard.press("Enter");
  await expect.poll(day).not.toBe(shown);

  // The slider's keys too, from an item already open that a step back hid.
  await page.goto("/?asof=2016-05-01&event=iron-fist-1-filming");
  const slider = page.getByRole("slider").first();
  await slider.focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("dialog", { name: /^Iron Fist season 1/ })).toBeVisible();
  await expect(slider).toBeFocused();

  // Opened by the reader, the panel takes the focus, as before.
  await page.getByRole("button", { name: "Close" }).click();
  await page.locator('svg [data-event-id="iron-fist-1-filming"]').click();
  await expect(
    page
      .getByRole("dialog", { name: /^Iron Fist season 1/ })
      .getByRole("heading")
      .first(),
  ).toBeFocused();
});

test("the box of contradicting orders says, as of a day, only what that day's reports said", async ({
  page,
}) => {
  // P2 after P3 from 1 January (a claim); P3, itself after P2 (its own field), first reported 1 March.
  const after = (other: string) => [{ type: "after", event: other }];
  const release = (id: string, start: string) => ({ id, show: "s", kind: "release", label: id, start });
  const body = JSON.stringify({
    shows: [{ id: "s", title: "S" }],
    sources: ["2016-01-01", "2016-03-01"].map((published, i) => ({
      id: `s${i}`,
      title: "T",
      publisher: `P${i}`,
      author: null,
      published,
      url: `https://example.com/${i}`,
    })),
    events: [
      {
        ...release("p2", "2016-10"),
        certainty: "reported",
        relations: after("p3"),
        citations: [{ source: "s0", quote: "q", claim: { relations: after("p3") } }],
      },
      {
        ...release("p3", "2016-12"),
        certainty: "reported",
        relations: after("p2"),
        citations: [{ source: "s1", quote: "q" }],
      },
    ],
  });
  await serveFixture(page, "cycle.json", body);
  await page.goto("/?data=/fixtures/cycle.json&asof=2016-01-01");
  await chart(page).waitFor();
  const box = page.getByRole("region", { name: /^The sources contradict each other/ });
  await expect(page.getByText(/^Not on the timeline as of this day/)).toBeVisible();
  await expect(box).toHaveCount(0);
  // 1 March, the newest report: nothing held back, the items drawn as the dataset has them.
  await page.getByRole("button", { name: "Next report" }).click();
  await expect(box).toContainText(
    "S release (p2) is after S release (p3); S release (p3) is after S release (p2)",
  );
  await expect(box).toContainText("Each item is still drawn as the dataset has it.");
});

test("a focused item that Back moves between the plot and the shelf keeps the focus, and Forward moves it back", async ({
  page,
}) => {
  await page.goto("/?asof=2016-05-02");
  await page.getByRole("button", { name: "Next report" }).click();
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "11 May 2016");
  // On the plot on 11 May ("2017 or later"); on the shelf on 2 May (no date yet).
  const moving = item(page, "jessica-jones-2-release");
  const onShelf = () => moving.evaluate((element) => element.closest(".timeline-shelf") !== null);
  expect(await onShelf()).toBe(false);
  await moving.focus();
  await page.goBack();
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "2 May 2016");
  await expect.poll(onShelf).toBe(true);
  await expect(moving).toBeFocused();
  await expect(page.getByRole("tooltip")).toContainText("Jessica Jones season 2");
  await page.goForward();
  await expect(slider(page)).toHaveAttribute("aria-valuetext", "11 May 2016");
  await expect.poll(onShelf).toBe(false);
  await expect(moving).toBeFocused();
  // The arrows go on from it.
  await page.keyboard.press("ArrowRight");
  await expect(moving).not.toBeFocused();
  await expect(page.locator("svg [data-event-id]:focus")).toHaveCount(1);
});

test("at 320 px the scorecard's miss chart starts scrolled to 0, where its dots are, not at its left", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto("/scorecard");
  const box = page.getByRole("region", { name: "Miss in days" });
  await expect(box).toBeVisible();
  expect(await box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // The line at 0, within the box's visible part, sideways.
  const zero = await page.locator(".miss-zero").boundingBox();
  const shown = await box.boundingBox();
  expect(zero && shown && zero.x > shown.x && zero.x < shown.x + shown.width).toBe(true);
});
