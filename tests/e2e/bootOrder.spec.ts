import { datasetJson } from "../../scripts/bench/generate.mjs";
import { expect, serveFixture, test, untilMarked } from "./fixtures.ts";

// The page's first script is async: it starts the dataset's download as soon as it arrives, not once the
// stylesheet is in and the page parsed (as a deferred script would). The app still renders only once the
// page is styled, since its first render measures the chart's frame.

const STYLESHEET = /\/assets\/index-[^/]+\.css$/;

test("the dataset's download starts while the stylesheet is still on its way, and the chart waits for it", async ({
  page,
}) => {
  await serveFixture(page, "boot-order.json", datasetJson(300, 5));
  let requested = false;
  page.on("request", (request) => {
    if (request.url().endsWith("/fixtures/boot-order.json")) requested = true;
  });
  let prepared = false;
  // Hold the stylesheet until the dataset has been prepared (or 10 s have passed), then let it through.
  await page.route(STYLESHEET, async (route) => {
    prepared = await untilMarked(page, "timeline:dataset-prepared", 10_000);
    // A little longer: time for the app to render, were it not waiting for the stylesheet.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await route.continue();
  });
  await page.goto("/?data=/fixtures/boot-order.json");
  await expect(page.locator('svg[data-ready="true"] [data-event-id]').first()).toBeVisible({
    timeout: 30_000,
  });
  expect(requested).toBe(true);
  expect(prepared, "the dataset was prepared before the stylesheet came").toBe(true);
  const { styled, drawn } = await page.evaluate(() => ({
    styled:
      performance
        .getEntriesByType("resource")
        .filter((entry): entry is PerformanceResourceTiming => entry instanceof PerformanceResourceTiming)
        .find((entry) => /\/assets\/index-[^/]+\.css$/.test(entry.name))?.responseEnd ?? Infinity,
    drawn: performance.getEntriesByName("timeline:first-draw")[0]?.startTime ?? -Infinity,
  }));
  expect(drawn, "the chart was drawn after the stylesheet came").toBeGreaterThan(styled);
});
