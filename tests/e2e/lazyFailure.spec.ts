import type { Page } from "@playwright/test";
import { datasetJson } from "../../scripts/bench/generate.mjs";
import { expect, serveFixture, test } from "./fixtures.ts";
import { chunkUrl } from "../../scripts/chunkNames.mjs";

// Each view below is a chunk of its own, downloaded when first shown. Its request cut, the view says so
// where it would be, the rest of the page stays, and Try again downloads it again.

/** Cuts the requests for a chunk until the returned function is called. */
async function cutChunk(page: Page, name: string): Promise<() => Promise<void>> {
  const pattern = chunkUrl(name);
  await page.route(pattern, (route) => route.abort("connectionreset"));
  return () => page.unroute(pattern);
}

const timeline = (page: Page) => page.getByRole("group", { name: /^Timeline: / });

test.beforeEach(({ allowConsole }) => {
  allowConsole(/ERR_CONNECTION_RESET|Failed to fetch dynamically imported module/);
});

test("the open dialog failing to load says so in place of the dialog; the timeline stays, and Try again opens it", async ({
  page,
}) => {
  const mend = await cutChunk(page, "OpenDatasetDialog");
  await page.goto("/");
  await expect(timeline(page)).toBeVisible();
  await page.getByRole("button", { name: "Open a dataset…" }).click();
  await expect(
    page.getByRole("heading", { name: "Something went wrong showing the open dialog" }),
  ).toBeVisible();
  await expect(timeline(page)).toBeVisible();
  await mend();
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect(page.getByRole("heading", { name: /Something went wrong/ })).toHaveCount(0);
});

test("the open dialog that failed to load is fetched again by Open a dataset… too, not only by Try again", async ({
  page,
}) => {
  const mend = await cutChunk(page, "OpenDatasetDialog");
  await page.goto("/");
  const opener = page.getByRole("button", { name: "Open a dataset…" });
  await opener.click();
  await expect(
    page.getByRole("heading", { name: "Something went wrong showing the open dialog" }),
  ).toBeVisible();
  await mend();
  await opener.click();
  await expect(page.getByRole("dialog", { name: /Open a dataset/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Something went wrong/ })).toHaveCount(0);
});

test("a page not found whose page fails to load says so under the header, and Try again shows it, the focus on the page", async ({
  page,
}) => {
  const mend = await cutChunk(page, "NotFoundPage");
  await page.goto("/nosuch");
  await expect(page.getByRole("heading", { name: "Something went wrong showing this page" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Open a dataset…" })).toBeVisible();
  await mend();
  await page.getByRole("button", { name: "Try again" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("main")).toBeFocused();
});

test("a part failing on its own does not take the focus, nor scroll the page, from a reader elsewhere", async ({
  page,
}) => {
  // What changed's download fails a moment after the first draw, while the reader has clicked the title.
  await page.route(chunkUrl("WhatChanged"), async (route) => {
    await new Promise((done) => setTimeout(done, 1_500));
    await route.abort("connectionreset");
  });
  await page.goto("/");
  await page.getByRole("heading", { level: 1 }).click();
  await expect(
    page.getByRole("heading", { name: "Something went wrong showing what changed" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Try again" })).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
});

test("What changed failing to load fails alone, and Try again shows it", async ({ page }) => {
  const mend = await cutChunk(page, "WhatChanged");
  await page.goto("/");
  await expect(
    page.getByRole("heading", { name: "Something went wrong showing what changed" }),
  ).toBeVisible();
  await expect(timeline(page)).toBeVisible();
  await mend();
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: /^What changed on / })).toBeVisible();
});

test("the link check failing to load costs only its notice: the page shows the link's known values, with no error", async ({
  page,
}) => {
  await cutChunk(page, "linkCheck");
  const failed = page.waitForEvent("requestfailed", (request) => chunkUrl("linkCheck").test(request.url()));
  await page.goto("/?view=tabel&show=daredevil");
  await failed;
  await expect(timeline(page)).toBeVisible();
  await expect(page.getByText(/^1 of \d+ shows? shown|Daredevil/).first()).toBeVisible();
  // Unchecked, the address stays as the link gave it; a rejection left uncaught would fail the test (pageerror).
  expect(new URL(page.url()).searchParams.get("view")).toBe("tabel");
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
});

test("the notices above the chart and the legend failing to load fail alone, each with its Try again", async ({
  page,
}) => {
  const mendNotices = await cutChunk(page, "LinkNotices");
  const mendLegend = await cutChunk(page, "LegendBody");
  await page.goto("/?show=nosuch");
  await expect(page.getByRole("heading", { name: "Something went wrong showing the notices" })).toBeVisible();
  await expect(timeline(page)).toBeVisible();
  await page.getByText("Legend: what the marks mean").click();
  await expect(page.getByRole("heading", { name: "Something went wrong showing the legend" })).toBeVisible();
  await expect(timeline(page)).toBeVisible();
  await mendNotices();
  await mendLegend();
  await page.getByRole("button", { name: "Try again" }).last().click();
  await expect(page.getByRole("listitem").filter({ hasText: "the shelf at the right" })).toBeVisible();
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator(".link-notices [role=status]")).toContainText("the show “nosuch”");
});

test("the reader of claims failing to load is fetched once, not again and again, and Try again loads it", async ({
  page,
}) => {
  // A dataset without claims draws without the reader, and fetches it for the first step back in time.
  await serveFixture(page, "rows.json", datasetJson(300, 3, 50));
  let requests = 0;
  page.on("request", (request) => {
    if (chunkUrl("asOfView").test(request.url())) requests += 1;
  });
  const mend = await cutChunk(page, "asOfView");
  await page.goto("/?data=/fixtures/rows.json");
  await expect(timeline(page)).toBeVisible();
  await page.getByRole("button", { name: "Previous report" }).click();
  // The step's button went with the timeline it stood in: the focus is on Try again, not the page's body.
  await expect(page.getByRole("button", { name: "Try again" })).toBeFocused();
  await page.waitForTimeout(1_000);
  // The step's fetch and its one retry; and What changed's, whose as-of rule is in the reader's chunk.
  expect(requests).toBeLessThanOrEqual(3);
  await mend();
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(timeline(page)).toBeVisible();
  await expect(page.getByRole("button", { name: "Try again" })).toHaveCount(0);
});

test("the sources failing to load say so in the panel's place, with the focus on Try again; Close and Escape put it away", async ({
  page,
}) => {
  const mend = await cutChunk(page, "CitationsPanel");
  await page.goto("/");
  const item = page.locator('svg [data-event-id="daredevil-2-release"]');
  await item.focus();
  await page.keyboard.press("Enter");
  const tryAgain = page.getByRole("button", { name: "Try again" });
  await expect(page.getByRole("heading", { name: "Something went wrong showing the sources" })).toBeVisible();
  await expect(tryAgain).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(tryAgain).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get("event")).toBeNull();
  await expect(item).toBeFocused();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Close" }).click();
  await expect(tryAgain).toHaveCount(0);
  await expect(item).toBeFocused();
  await page.keyboard.press("Enter");
  await mend();
  await expect(tryAgain).toBeFocused();
  await page.keyboard.press("Enter");
  // Opened by the reader, the panel takes the focus as it comes.
  const panel = page.getByRole("dialog", { name: /Daredevil season 2/ });
  await expect(panel.getByRole("heading", { level: 2 })).toBeFocused();
});

test("zooming whose code failed to load downloads it again at the next press, and zooms", async ({
  page,
}) => {
  const mend = await cutChunk(page, "d3-zoom");
  let asked = 0;
  page.on("request", (request) => {
    if (chunkUrl("d3-zoom").test(request.url())) asked += 1;
  });
  await page.goto("/");
  await expect(timeline(page)).toBeVisible();
  await expect.poll(() => asked).toBe(1);
  // A drag cannot wait for it, but it fetches it again; so does a press of Zoom in.
  const box = (await timeline(page).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 100, box.y + box.height / 2);
  await page.mouse.up();
  await expect.poll(() => asked).toBe(2);
  const zoomIn = page.getByRole("button", { name: "Zoom in" });
  await zoomIn.click();
  await expect.poll(() => asked).toBe(3);
  await mend();
  await zoomIn.click();
  // Both presses are done, in order, once it has come.
  await expect.poll(() => new URL(page.url()).searchParams.get("from")).not.toBeNull();
  await expect(page.getByRole("button", { name: "Zoom out" })).not.toHaveAttribute("aria-disabled");
});

test("the app's own code failing to load says so, not a blank page", async ({ page }) => {
  await cutChunk(page, "app");
  await page.goto("/");
  await expect(page.getByText("The page could not load. Reload it to try again.")).toBeVisible();
});

test("the page's own code failing while the dataset is prepared is not blamed on the dataset", async ({
  page,
}) => {
  // The bundled dataset carries claims: its reader is part of preparing it.
  const mend = await cutChunk(page, "asOfView");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "The timeline could not be shown" })).toBeVisible();
  await mend();
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(timeline(page)).toBeVisible();
});

test("the reader of claims failing unseen after the first draw is fetched again by the first step back", async ({
  page,
}) => {
  await serveFixture(page, "rows.json", datasetJson(300, 3, 50));
  const pattern = chunkUrl("asOfView");
  let cut = 0;
  await page.route(pattern, (route) => (cut++ === 0 ? route.abort("connectionreset") : route.continue()));
  await page.goto("/?data=/fixtures/rows.json");
  await expect(timeline(page)).toBeVisible();
  // What changed, drawn after the chart, fetches the chunk too (the as-of rule is in it): at once or later.
  await expect.poll(() => cut).toBeGreaterThanOrEqual(1);
  await page.getByRole("button", { name: "Previous report" }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get("asof")).not.toBeNull();
  await expect(timeline(page)).toBeVisible();
  await expect(page.getByRole("button", { name: "Try again" })).toHaveCount(0);
  // Fetched again, in its own time: the URL says the day at once, the chart waits for the reader (read at
  // once, the count was still 1 once in CI, on a loaded machine).
  await expect.poll(() => cut).toBeGreaterThanOrEqual(2);
});

test("the Save buttons failing to load say so in their place; the timeline stays, and Try again brings them", async ({
  page,
}) => {
  const mend = await cutChunk(page, "ExportMenu");
  await page.goto("/");
  await expect(timeline(page)).toBeVisible();
  await expect(
    page.getByRole("heading", { name: "Something went wrong showing the Save buttons" }),
  ).toBeVisible();
  await expect(timeline(page)).toBeVisible();
  await mend();
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("button", { name: "Save CSV" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Something went wrong/ })).toHaveCount(0);
});
