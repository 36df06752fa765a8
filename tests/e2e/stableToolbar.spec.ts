import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { holdChunk } from "./holdChunk.ts";

// Turning a filter on or off must not move the chart: the toolbar above it keeps its buttons and their
// widths, so it wraps (or not) the same either way. Sizes are asserted, never times.
const chart = (page: Page) => page.getByRole("group", { name: /^Timeline: / });
const chartTop = async (page: Page) => (await chart(page).boundingBox())?.y ?? NaN;
/** The filter panel's count, "12 of 40 events shown". */
const shownCount = (page: Page) => page.getByRole("status").filter({ hasText: "events shown" });

for (const width of [1280, 1400]) {
  test.describe(`at ${width} px wide`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("toggling a filter does not move the chart", async ({ page }) => {
      await page.goto("/");
      await chart(page).waitFor();
      const before = await chartTop(page);
      const daredevil = page.getByRole("checkbox", { name: /^Daredevil/ });
      const total = /of (\d+) events/.exec((await shownCount(page).textContent()) ?? "")?.[1];
      await daredevil.uncheck();
      await expect(shownCount(page)).not.toHaveText(`${total} of ${total} events shown`);
      expect(await chartTop(page)).toBe(before);
      // The toolbar says what an export holds, in the export group's name rather than a longer label.
      await expect(page.getByRole("group", { name: /^Export: the \d+ events shown, of \d+$/ })).toBeVisible();
      await daredevil.check();
      await expect(shownCount(page)).toHaveText(`${total} of ${total} events shown`);
      expect(await chartTop(page)).toBe(before);
      await expect(page.getByRole("group", { name: `Export: all ${total} events` })).toBeVisible();
    });
  });
}

test.describe("at 390 px wide", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a filter does not move the chart", async ({ page }) => {
    await page.goto("/");
    await chart(page).waitFor();
    const before = await chartTop(page);
    await page.goto("/?show-except=daredevil");
    await chart(page).waitFor();
    await expect(page.getByRole("button", { name: "Save all as JSON" })).toBeVisible();
    expect(await chartTop(page)).toBe(before);
  });
});

for (const [width, height] of [
  [1400, 900],
  [390, 844],
] as const) {
  test(`at ${width} px the Save buttons come after the chart's first draw, in the room their stand-in kept`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    // The menu's chunk is held until the chart is drawn and measured.
    const release = await holdChunk(page, "ExportMenu");
    await page.goto("/?show-except=daredevil");
    await chart(page).waitFor();
    // The stand-in: the same buttons, inert and hidden from assistive technology.
    await expect(page.locator(".export[aria-hidden] button:disabled")).toHaveCount(5);
    await expect(page.getByRole("group", { name: /^Export/ })).toHaveCount(0);
    const before = await chartTop(page);
    release();
    await expect(page.getByRole("group", { name: /^Export: the \d+ events shown, of \d+$/ })).toBeVisible();
    await expect(page.locator(".export[aria-hidden]")).toHaveCount(0);
    expect(await chartTop(page)).toBe(before);
  });
}
