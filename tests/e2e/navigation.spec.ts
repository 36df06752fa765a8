import type { Page } from "@playwright/test";
import { datasetJson, generateDataset } from "../../scripts/bench/generate.mjs";
import { expect, serveFixture, tabToChart, test } from "./fixtures.ts";

/** The URL's zoom window as UTC day numbers (NaN without one). */
const urlWindow = (page: Page) => {
  const params = new URL(page.url()).searchParams;
  const day = (name: string) => Date.parse(params.get(name) ?? "") / 86_400_000;
  return { from: day("from"), to: day("to") };
};

/** Once d3-zoom is on the chart (it loads after the first draw), and a task after. */
const zoomInstalled = async (page: Page) => {
  await expect.poll(() => page.locator(".zoom-surface").evaluate((el) => "__zoom" in el)).toBe(true);
  await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
};

test("Pan later and Shift+← move a quarter of the window, however far it is zoomed", async ({ page }) => {
  // A year in view: the bundled data spans about five, so d3's own translateBy would move it 5× too far.
  await page.goto("/?from=2016-01-01&to=2017-01-01");
  await expect(page.locator(".timeline-axis .axis-canvas[data-labels]")).toBeAttached();
  const before = urlWindow(page);
  const width = before.to - before.from;

  await page.getByRole("button", { name: "Pan later" }).click();
  await expect.poll(() => urlWindow(page).from).toBeGreaterThan(before.from);
  const later = urlWindow(page);
  expect(Math.abs(later.to - later.from - width)).toBeLessThanOrEqual(1);
  expect(Math.abs(later.from - before.from - width / 4)).toBeLessThanOrEqual(3);

  // The button keeps the focus, inside the chart, which answers the keys.
  await page.keyboard.press("Shift+ArrowLeft");
  await expect.poll(() => urlWindow(page).from).toBeLessThan(later.from);
  const back = urlWindow(page);
  expect(Math.abs(back.from - before.from)).toBeLessThanOrEqual(2);
});

test("a zoom button that would do nothing says so, and keeps the focus when it gets there", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.locator(".timeline-axis .axis-canvas[data-labels]")).toBeAttached();
  const button = (name: string) => page.getByRole("button", { name, exact: true });
  // The fitted view: everything is in it already.
  for (const name of ["Zoom out", "Pan earlier", "Pan later", "Fit"])
    await expect(button(name)).toHaveAttribute("aria-disabled", "true");
  await expect(button("Zoom in")).not.toHaveAttribute("aria-disabled");
  // Zoom in as far as it goes, by the button: it says it is at the bound, and still has the focus.
  await button("Zoom in").focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press("Enter");
  await expect(button("Zoom in")).toHaveAttribute("aria-disabled", "true");
  await expect(button("Zoom in")).toBeFocused();
  const deepest = urlWindow(page);
  await page.keyboard.press("Enter");
  await page.waitForTimeout(300);
  expect(urlWindow(page)).toEqual(deepest);
  for (const name of ["Zoom out", "Fit"]) await expect(button(name)).not.toHaveAttribute("aria-disabled");
  // The chart's description says the days in view, and no longer once Fit shows them all.
  const chart = page.getByRole("group", { name: /^Timeline: / });
  await expect(chart).toHaveAccessibleDescription(/\. Zoomed in: \d+ \w+ \d{4} to \d+ \w+ \d{4}\.$/);
  await button("Fit").click();
  await expect(chart).not.toHaveAccessibleDescription(/Zoomed/);
});

test("+ and − with an item focused zoom about that item, which stays where it was", async ({ page }) => {
  await page.goto("/?from=2016-01-01&to=2017-06-01");
  await expect(page.locator(".timeline-axis .axis-canvas[data-labels]")).toBeAttached();
  // Tab lands on the first item in time on screen: near the left edge, where a zoom about the middle loses it.
  await tabToChart(page);
  const hit = page.locator(":focus .hit");
  const centre = async () => {
    const box = (await hit.boundingBox())!;
    return box.x + box.width / 2;
  };
  const plot = (await page.locator(".zoom-surface").boundingBox())!;
  const before = await centre();
  expect(before).toBeLessThan(plot.x + plot.width / 2);
  const window = new URL(page.url()).search;
  await page.keyboard.press("+");
  await expect.poll(() => new URL(page.url()).search).not.toBe(window);
  await expect.poll(centre).toBeGreaterThan(before - 20);
  expect(await centre()).toBeLessThan(before + 20);
  await page.keyboard.press("-");
  await expect.poll(centre).toBeGreaterThan(before - 20);
  expect(await centre()).toBeLessThan(before + 20);
});

/**
 * Presses + eight times on a focused item of the bundled timeline and holds the point `at` of its hit area
 * (its day on screen) within 3 px of where it was.
 */
async function expectKeptAtEachPress(
  page: Page,
  id: string,
  part: string,
  at: (box: { x: number; width: number }) => number,
  within: number,
) {
  await page.goto("/");
  await expect(page.locator(".timeline-axis .axis-canvas[data-labels]")).toBeAttached();
  const item = page.locator(`.timeline-svg [data-event-id="${id}"]`);
  await item.focus();
  const day = async () => at((await item.locator(part).boundingBox())!);
  const before = await day();
  for (let press = 1; press <= 8; press++) {
    const window = new URL(page.url()).search;
    await page.keyboard.press("+");
    await expect.poll(() => new URL(page.url()).search).not.toBe(window);
    await expect.poll(day).toBeGreaterThan(before - within);
    expect(await day(), `press ${press}`).toBeLessThan(before + within);
  }
  await expect(item).toBeFocused();
}

test("+ about an item known only by a day it came before keeps its day where it was, press after press", async ({
  page,
}) => {
  // "Daredevil season 2 is out on Netflix", by 12 May 2016 (../2016-05-12): its mark fades off to the left,
  // and its day is the right end of its mark, the fade's width on screen the same at every zoom.
  await expectKeptAtEachPress(page, "daredevil-2-release", ".hit", (box) => box.x + box.width, 3);
});

test("+ about a release of a known day keeps its marker where it was, press after press", async ({
  page,
}) => {
  // Luke Cage season 1, 30 September 2016: its marker (the diamond) stands at the middle of its day. About
  // the day's start, it drifted half a day further at each press: 13 px in eight. (Its hit area, the marker
  // and its label, widens once a day is wider than the label's gap: its middle is not the marker's.)
  await expectKeptAtEachPress(page, "luke-cage-1-release", "path", (box) => box.x + box.width / 2, 1);
});

test.describe("on a chart of many rows", () => {
  // 3,000 events, a row per 50: 60 rows, tens of thousands of px of lanes, drawn as SVG.
  test.beforeEach(async ({ page }) => {
    await serveFixture(page, "rows.json", datasetJson(3_000, 7, 50));
    await page.goto("/?data=/fixtures/rows.json");
    await page.locator('svg[data-ready="true"] [data-event-id]').first().waitFor();
  });

  /** Whether an item's hit area is within the rows' band in view. */
  const inBand = async (page: Page, id: string) => {
    const body = (await page.locator(".chart-body").boundingBox())!;
    const box = await page.locator(`svg [data-event-id="${id}"] .hit`).boundingBox();
    return box !== null && box.y >= body.y - 1 && box.y + box.height <= body.y + body.height + 1;
  };

  test("a row scrolled partly out of view still names its show, at the top of the rows", async ({ page }) => {
    const rows = page.locator(".chart-body");
    // A tall row (a show of 50 events), scrolled to 100 px below its top.
    const track = page.locator(".row-title-track").filter({ hasText: "Show 02" });
    const rowTop = await track.evaluate((el) => (el as HTMLElement).offsetTop);
    expect(await track.evaluate((el) => (el as HTMLElement).offsetHeight)).toBeGreaterThan(300);
    await rows.evaluate((el, top) => (el.scrollTop = top + 100), rowTop);
    const body = (await rows.boundingBox())!;
    // Its title sits at the band's top edge, inside the band, while the row's top is 100 px above it.
    await expect
      .poll(async () => Math.round((await track.locator(".row-title").boundingBox())!.y - body.y))
      .toBe(0);
    expect((await track.boundingBox())!.y).toBeCloseTo(body.y - 100, 0);
  });

  test("a stuck title lies over the marks that scroll under it, on its row's fill", async ({ page }) => {
    const rows = page.locator(".chart-body");
    const stuck = page.locator(".row-title-track").filter({ hasText: "Show 02" });
    const next = page.locator(".row-title-track").filter({ hasText: "Show 03" });
    await rows.evaluate(
      (el, top) => (el.scrollTop = top + 100),
      await stuck.evaluate((el) => (el as HTMLElement).offsetTop),
    );
    // Above the plot (whose marks drew over it: a bar cut through the title) and painted with its row's fill.
    const looks = (track: typeof stuck) =>
      track.evaluate((el) => {
        const title = getComputedStyle(el.querySelector(".row-title")!);
        const face = getComputedStyle(el.querySelector(".row-title-face")!);
        return `${title.zIndex} ${face.backgroundColor}`;
      });
    await expect.poll(() => looks(stuck)).toMatch(/^1 rgb\(/);
    // A title at its row's top paints no fill over the top edge of its first lane's marks.
    expect(await looks(next)).toBe("1 rgba(0, 0, 0, 0)");
  });

  test("opening and closing an item's citations keeps it where it was in the rows", async ({ page }) => {
    const rows = page.locator(".chart-body");
    await rows.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
    const body = (await rows.boundingBox())!;
    // An item in the middle of the band in view, once the rows scrolled to are drawn (a frame or so after).
    const middleIds = () =>
      page.locator("svg [data-event-id] .hit").evaluateAll(
        (hits, middle) => {
          const near = hits
            .map((hit) => ({
              id: hit.closest("[data-event-id]")?.getAttribute("data-event-id"),
              r: hit.getBoundingClientRect(),
            }))
            .filter(
              ({ r }) => r.width > 0 && Math.abs(r.y + r.height / 2 - middle) < 60 && r.x > 300 && r.x < 900,
            );
          return near.map(({ id }) => id ?? "");
        },
        body.y + body.height / 2,
      );
    await expect.poll(async () => (await middleIds()).length).toBeGreaterThan(0);
    const id = (await middleIds())[0];
    if (!id) throw new Error("no item in the middle of the view");

    await page.locator(`svg [data-event-id="${id}"] .hit`).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expect.poll(() => inBand(page, id)).toBe(true);

    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(page.locator(`svg [data-event-id="${id}"]`)).toBeFocused();
    await expect.poll(() => inBand(page, id)).toBe(true);
  });

  test("a shared link to an item far down the rows opens scrolled to it", async ({ page }) => {
    const dataset = generateDataset(3_000, 7, 50);
    const lastShow = dataset.shows.at(-1)?.id;
    const target = dataset.events.find((e) => e.show === lastShow && e.start)?.id;
    if (!target) throw new Error("no dated event in the last row");
    await page.goto(`/?data=/fixtures/rows.json&event=${target}`);
    await expect(page.getByRole("dialog")).toBeVisible();
    await expect.poll(() => inBand(page, target)).toBe(true);
    await expect(page.locator(`svg [data-event-id="${target}"]`)).toBeInViewport();
  });
});

test("a shared link to an item below a desktop's first screen scrolls the page to it", async ({ page }) => {
  // The bundled rows fit their box, which starts low enough that The Punisher's row is below 720 px.
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto("/?event=the-punisher-1-release");
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect(page.locator('svg [data-event-id="the-punisher-1-release"]')).toBeInViewport();
});

// The scorecard, and a source page from the open item's panel: each way back reopens the view left.
for (const [page_, link, landed] of [
  ["the scorecard", /^Scorecard: who got the dates right$/, { role: "table", name: "Every prediction" }],
  ["a source page", /^All quotes from “/, { role: "heading", name: /./ }],
] as const) {
  test(`${page_}'s Back to the timeline reopens the view its link came from, a zoom just made included`, async ({
    page,
  }) => {
    await page.goto("/?show=daredevil,jessica-jones&asof=2016-05-02&event=jessica-jones-1-release");
    await expect(page.locator(".timeline-axis .axis-canvas[data-labels]")).toBeAttached();
    const panel = page.getByRole("dialog", { name: "Jessica Jones season 1 premieres" });
    await expect(panel).toBeVisible();
    // A zoom writes the window into the URL without rendering the page again: the link still carries it.
    await page.getByRole("button", { name: "Zoom in", exact: true }).click();
    await expect.poll(() => urlWindow(page).from).not.toBeNaN();
    const left = page.url();

    await page.getByRole("link", { name: link }).first().click();
    await expect(page.getByRole(landed.role, { name: landed.name }).first()).toBeVisible();
    await page.getByRole("link", { name: "← Back to the timeline" }).click();
    await expect(page).toHaveURL(left);
    await expect(page.getByRole("slider", { name: "Known as of" })).toHaveAttribute(
      "aria-valuetext",
      "2 May 2016",
    );
    await expect(page.getByRole("checkbox", { name: /^Luke Cage/ })).not.toBeChecked();
    await expect(panel).toBeVisible();
  });
}

test("the first trip to the scorecard, by keyboard, leaves focus on the page's main, not on the body", async ({
  page,
}) => {
  // A fresh load: the scorecard's code is not loaded yet, and arrives after the link has gone.
  await page.goto("/");
  await expect(page.locator(".timeline-axis .axis-canvas[data-labels]")).toBeAttached();
  await page.getByRole("link", { name: /^Scorecard: who got the dates right$/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("table", { name: "Every prediction" })).toBeVisible();
  await expect(page.getByRole("main")).toBeFocused();
  // Back and there again: each trip lands the same way.
  await page.getByRole("link", { name: "← Back to the timeline" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".timeline-axis .axis-canvas[data-labels]")).toBeAttached();
  await expect(page.getByRole("main")).toBeFocused();
});

test("a search keeps the zoom the URL names, and clearing it shows that window again", async ({ page }) => {
  await page.goto("/?from=2015-08-06&to=2016-11-08");
  await expect(page.locator(".timeline-axis .axis-canvas[data-labels]")).toBeAttached();
  const search = page.getByRole("searchbox", { name: "Search labels and quotes" });
  // Season 2's items start after the window does: the chart shows what it can of it, the URL keeps it.
  await search.fill("s2");
  await expect(page).toHaveURL(/q=s2/);
  await expect(page).toHaveURL(/from=2015-08-06&to=2016-11-08/);
  await search.fill("");
  await expect(page).not.toHaveURL(/q=/);
  await expect(page).toHaveURL(/from=2015-08-06&to=2016-11-08/);
  await expect(page.getByRole("button", { name: "Fit", exact: true })).not.toHaveAttribute(
    "aria-disabled",
    "true",
  );
});

for (const [from, to] of [
  // Covers all of season 2's items: shown fitted.
  ["2015-08-06", "2016-11-08"],
  // Ends before most of them start: shown as far as they reach.
  ["2015-09-01", "2016-03-01"],
]) {
  test(`a reload with a search keeps the zoom the URL names (${from} to ${to}), and so does the table and back`, async ({
    page,
  }) => {
    const named = new RegExp(`from=${from}&to=${to}`);
    await page.goto(`/?q=s2&from=${from}&to=${to}`);
    await expect(page.locator(".timeline-axis .axis-canvas[data-labels]")).toBeAttached();
    // d3-zoom comes after the first draw, and sets the window again: that is no gesture to write (a
    // gesture's write waits a task).
    await zoomInstalled(page);
    await expect(page).toHaveURL(named);
    await page.getByRole("button", { name: "Table", exact: true }).click();
    await expect(page).toHaveURL(/view=table/);
    await page.getByRole("button", { name: "Chart", exact: true }).click();
    await expect(page.locator(".timeline-axis .axis-canvas[data-labels]")).toBeAttached();
    await expect(page).not.toHaveURL(/view=table/);
    await zoomInstalled(page);
    await expect(page).toHaveURL(named);
    await page.getByRole("searchbox", { name: "Search labels and quotes" }).fill("");
    await expect(page).not.toHaveURL(/q=/);
    await expect(page.getByRole("button", { name: "Fit", exact: true })).not.toHaveAttribute(
      "aria-disabled",
      "true",
    );
    await expect(page).toHaveURL(named);
  });
}

test("a link to an earlier day keeps the window it names, though that day's items do not reach it, and shows it once they do", async ({
  page,
}) => {
  const named = /from=2016-06-27&to=2017-06-26/;
  await page.goto("/?from=2016-06-27&to=2017-06-26&asof=2016-01-17");
  await expect(page.locator(".timeline-axis .axis-canvas[data-labels]")).toBeAttached();
  await zoomInstalled(page);
  await expect(page).toHaveURL(named);
  await expect(page).toHaveURL(/asof=2016-01-17/);
  // Not told it was dropped, as it was when the link was read against that day's items alone.
  await expect(page.getByText(/outside the dates/)).toHaveCount(0);
  const description = page.locator(".chart [id$=-desc]");
  await expect(description).not.toContainText("Zoomed in");
  // A later day's items reach it: shown.
  await expect(async () => {
    await page.getByRole("button", { name: "Next report" }).click();
    await expect(description).toContainText("Zoomed in: 27 June 2016 to 26 June 2017", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page).toHaveURL(named);
});

test("a window kept over a report day whose dates end sooner shows what that day has of it, as a reload of its URL does", async ({
  page,
}) => {
  // 2 May 2016's dates reach February 2018; 11 May's end in June 2017.
  const named = /from=2016-05-30&to=2018-02-04/;
  await page.goto("/?from=2016-05-30&to=2018-02-04&asof=2016-05-02");
  await expect(page.locator(".timeline-axis .axis-canvas[data-labels]")).toBeAttached();
  await zoomInstalled(page);
  const description = page.locator(".chart [id$=-desc]");
  await expect(description).toContainText("Zoomed in: 30 May 2016 to 4 February 2018");
  const cutOnNext = async () => {
    await page.getByRole("button", { name: /^Next report/ }).click();
    // The newest report's day: the URL's default.
    await expect(page).not.toHaveURL(/asof=/);
    // From 30 May, as the URL says: moved back to keep its width, it showed seven months before it.
    await expect(description).toContainText(/Zoomed in: 30 May 2016 to \d+ June 2017\./);
    await expect(page).toHaveURL(named);
  };
  await cutOnNext();
  // Back on the day whose dates reach it, the whole window.
  await page.getByRole("button", { name: /^Previous report/ }).click();
  await expect(description).toContainText("Zoomed in: 30 May 2016 to 4 February 2018");
  await cutOnNext();
  const shown = await description.textContent();
  // Reloaded, the link is rewritten to what it shows: the same.
  await page.reload();
  await expect(page.locator(".timeline-axis .axis-canvas[data-labels]")).toBeAttached();
  await zoomInstalled(page);
  await expect(description).toHaveText(shown ?? "");
});

test("Fit forgets a window a search keeps, even where the search shows all it leaves", async ({ page }) => {
  await page.goto("/?from=2016-03-16&to=2017-01-16");
  await expect(page.locator(".timeline-axis .axis-canvas[data-labels]")).toBeAttached();
  await page.getByRole("searchbox", { name: "Search labels and quotes" }).fill("daredevil");
  await expect(page).toHaveURL(/q=daredevil/);
  await expect(page).toHaveURL(/from=2016-03-16&to=2017-01-16/);
  const fit = page.getByRole("button", { name: "Fit", exact: true });
  await expect(fit).not.toHaveAttribute("aria-disabled", "true");
  await fit.click();
  await expect(page).not.toHaveURL(/from=/);
  await page.getByRole("searchbox", { name: "Search labels and quotes" }).fill("");
  await expect(page).not.toHaveURL(/q=/);
  // Everything, fitted: nothing left to fit.
  await expect(fit).toHaveAttribute("aria-disabled", "true");
  await expect(page).not.toHaveURL(/from=/);
});

test("at 933 px (150% zoom) an item's citations open as a sheet, not a third column that left the chart 99 px of plot", async ({
  page,
}) => {
  await page.setViewportSize({ width: 933, height: 600 });
  await page.goto("/?event=the-defenders-production");
  await expect(page.getByRole("dialog", { name: "The Defenders production begins" })).toBeVisible();
  const plot = (await page.locator(".zoom-surface").boundingBox())!;
  expect(plot.width).toBeGreaterThan(300);
  // The filters keep their column beside the chart; the sheet lies over the lower part of the window.
  const filters = (await page.locator(".filters").boundingBox())!;
  expect(filters.x + filters.width).toBeLessThan(plot.x);
  const sheet = (await page.getByRole("dialog").boundingBox())!;
  expect(sheet.width).toBe(933);
});

test("the chart fits a box narrower than 320 px, its shelf shown, and focus never scrolls it off its axis", async ({
  page,
}) => {
  // 320 px wide (400% zoom), with the panel open as a sheet: about 300 px of chart.
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/?event=the-defenders-production");
  await expect(page.getByRole("dialog", { name: "The Defenders production begins" })).toBeVisible();
  const body = page.locator(".chart-body");
  const fits = () => body.evaluate((el) => el.scrollWidth <= el.clientWidth);
  await expect.poll(fits).toBe(true);
  // An undated item on the shelf, focused: nothing scrolls sideways.
  const shelved = page.locator('.timeline-shelf [data-event-id="daredevil-3-renewal"]');
  await expect(shelved).toBeInViewport();
  await shelved.focus();
  expect(await body.evaluate((el) => el.scrollLeft)).toBe(0);
});

test("a zoom made on the chart is kept through a search too", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator(".timeline-axis .axis-canvas[data-labels]")).toBeAttached();
  await page.getByRole("button", { name: "Zoom in", exact: true }).click();
  await expect.poll(() => new URL(page.url()).searchParams.has("from")).toBe(true);
  const zoomedIn = urlWindow(page);
  // The pan's own window, once written: read before it (under CI's load), the zoom's was taken for it.
  await page.getByRole("button", { name: "Pan earlier", exact: true }).click();
  await expect.poll(() => urlWindow(page)).not.toEqual(zoomedIn);
  const zoomed = urlWindow(page);
  const search = page.getByRole("searchbox", { name: "Search labels and quotes" });
  await search.fill("s2");
  await expect(page).toHaveURL(/q=s2/);
  expect(urlWindow(page)).toEqual(zoomed);
  await search.fill("");
  await expect(page).not.toHaveURL(/q=/);
  expect(urlWindow(page)).toEqual(zoomed);
});

test("at 390 px deep in a zoom, an arrow key never focuses an item left hidden past the plot's edge", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  await expect(page.locator(".timeline-axis .axis-canvas[data-labels]")).toBeAttached();
  await tabToChart(page);
  const press = async (key: string, times: number) => {
    for (let i = 0; i < times; i++) {
      await page.keyboard.press(key);
      await page.waitForTimeout(150);
    }
  };
  // The steps a phone's reader with a keyboard took (a helper's report): in time, 5× deeper, on in time.
  await press("ArrowRight", 6);
  await press("+", 4);
  await press("ArrowRight", 6);
  // Back in time: each item focused is brought in (the plot pans), never left off it. "Jessica Jones
  // season 2 production begins" (October 2016 or later) was left 50 px left of the plot, its padded span
  // stretched by the zoom counted as in view.
  for (let i = 0; i < 4; i++) {
    await press("ArrowLeft", 1);
    await page.waitForTimeout(400);
    const { name, shown } = await page.evaluate(() => {
      const hit = document.activeElement?.querySelector(".hit")?.getBoundingClientRect();
      const plot = document.querySelector(".zoom-surface")?.getBoundingClientRect();
      return {
        name: document.activeElement?.getAttribute("aria-label") ?? "",
        shown: hit && plot ? Math.min(hit.right, plot.right) - Math.max(hit.left, plot.left) : NaN,
      };
    });
    expect(shown, name).toBeGreaterThanOrEqual(12);
  }
});
