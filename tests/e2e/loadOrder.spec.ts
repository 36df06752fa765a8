import { datasetJson } from "../../scripts/bench/generate.mjs";
import { expect, serveFixture, test } from "./fixtures.ts";

// The first draw's path: the page's first script starts the dataset's download and the app's, and the data
// is prepared (parsed, checked, made into items) as soon as it is in, while the app (React and the chart,
// the largest script) may still be on its way. Both must not wait for each other.

const APP_CHUNK = /\/assets\/app-[^/]+\.js$/;

test("the dataset is prepared while the app's script has not arrived yet", async ({ page }) => {
  await serveFixture(page, "load-order.json", datasetJson(1_000, 3));
  let prepared = false;
  // Hold the app's script until the dataset has been prepared (or 15 s have passed), then let it through.
  await page.route(APP_CHUNK, async (route) => {
    const until = Date.now() + 15_000;
    while (!prepared && Date.now() < until) {
      prepared = await page
        .evaluate(() => performance.getEntriesByName("timeline:dataset-prepared").length > 0)
        .catch(() => false);
      if (!prepared) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await route.continue();
  });
  await page.goto("/?data=/fixtures/load-order.json");
  await expect(page.locator('svg[data-ready="true"] [data-event-id]').first()).toBeVisible({
    timeout: 30_000,
  });
  expect(prepared, "the dataset was prepared before the app's script came").toBe(true);
  // And in that order in the page's own record.
  const order = await page.evaluate(() =>
    performance
      .getEntriesByType("mark")
      .filter((m) => m.name.startsWith("timeline:"))
      .map((m) => m.name),
  );
  expect(order.slice(0, 2)).toEqual(["timeline:dataset-prepared", "timeline:first-draw"]);
});

test("every script the first draw runs asks V8 to compile it ahead, and a later one does not", async ({
  page,
}) => {
  // Over the canvas threshold: the canvas renderer's chunk is on the first draw's path too.
  await serveFixture(page, "load-order-canvas.json", datasetJson(6_000, 3));
  const firstLines = new Map<string, Promise<string>>();
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith(".js"))
      firstLines.set(
        url.pathname.replace(/-[\w-]{8}\.js$/, ""),
        // Enough to tell the hint from minified code in a failure message.
        response.text().then((text) => (text.split("\n", 1)[0] ?? "").slice(0, 40)),
      );
  });
  await page.goto("/?data=/fixtures/load-order-canvas.json");
  await expect(page.locator('svg[data-ready="true"] [data-event-id]').first()).toBeAttached({
    timeout: 30_000,
  });
  // The scripts requested before the first-draw mark (others, such as the filter panel's, follow it).
  const atFirstDraw = await page.evaluate(() => {
    const [drawn] = performance.getEntriesByName("timeline:first-draw");
    return performance
      .getEntriesByType("resource")
      .filter((r) => r.name.endsWith(".js") && drawn !== undefined && r.startTime < drawn.startTime)
      .map((r) => new URL(r.name).pathname.replace(/-[\w-]{8}\.js$/, ""));
  });
  expect(atFirstDraw).toEqual(
    expect.arrayContaining(["/assets/index", "/assets/app", "/assets/prepareDataset", "/assets/MarksCanvas"]),
  );
  for (const script of atFirstDraw)
    expect(await firstLines.get(script), script).toBe("//# allFunctionsCalledOnLoad");
  // The tooltip's chunk loads on the first hover: most of what it holds may never run.
  await page.locator("[data-event-id]").first().hover();
  await expect.poll(() => firstLines.has("/assets/Tooltip")).toBe(true);
  expect(await firstLines.get("/assets/Tooltip")).not.toBe("//# allFunctionsCalledOnLoad");
});
