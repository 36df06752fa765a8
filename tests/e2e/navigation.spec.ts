import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

/** The URL's zoom window as UTC day numbers (NaN without one). */
const urlWindow = (page: Page) => {
  const params = new URL(page.url()).searchParams;
  const day = (name: string) => Date.parse(params.get(name) ?? "") / 86_400_000;
  return { from: day("from"), to: day("to") };
};

test("Pan later and Shift+← move a quarter of the window, however far it is zoomed", async ({ page }) => {
  // A year in view: the bundled data spans about five, so d3's own translateBy would move it 5× too far.
  await page.goto("/?from=2016-01-01&to=2017-01-01");
  await expect(page.locator(".timeline-axis text").first()).toBeAttached();
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
