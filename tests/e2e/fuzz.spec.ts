import fc from "fast-check";
import { datasetText } from "../unit/fuzz/datasetArbitrary.ts";
import { expect, serveFixture, test } from "./fixtures.ts";

/** A few dozen generated datasets, the same ones every run: the unit fuzzer's arbitrary, a fixed seed. */
const DATASETS = fc.sample(datasetText, { numRuns: 36, seed: 20161012 });

test.describe("generated datasets in the browser", () => {
  DATASETS.forEach((text, n) => {
    test(`dataset ${n}: no page error, and an alert or items, never a blank page`, async ({ page }) => {
      await serveFixture(page, `fuzz-${n}.json`, text);
      await page.goto(`/?data=/fixtures/fuzz-${n}.json`);
      const alert = page.getByRole("alert");
      const item = page.locator("[data-event-id]");
      // A dataset with no events at all still says so.
      const empty = page.getByRole("status").filter({ hasText: "0 of 0 events shown" });
      await expect(alert.or(item).or(empty).first()).toBeVisible();
      // Whatever shows, the page has its heading: it is never blank.
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });
  });
});
