import type { Locator, Page } from "@playwright/test";
import { datasetJson } from "../../scripts/bench/generate.mjs";
import { expect, serveFixture, test } from "./fixtures.ts";

// Above 5,000 items the plotted marks are painted on a canvas (README, "Speed"). The items keep their
// elements, unpainted: focus, names, the tooltip's anchor and the pointer must all still work.
const N = 8_000;
const body = datasetJson(N, 3, 50);

test.beforeEach(async ({ page }) => {
  await serveFixture(page, "canvas.json", body);
  await page.goto("/?data=/fixtures/canvas.json");
  await page.locator('svg[data-ready="true"] [data-event-id]').first().waitFor();
  // The canvas renderer is its own chunk, loaded for a chart this large: wait until it has painted.
  await page.waitForFunction(() => performance.getEntriesByName("timeline:first-draw").length > 0);
  await page.locator("canvas.marks-canvas").waitFor({ state: "attached" });
});

/**
 * The marks canvas's pixels counted by alpha (256 counts), within `box` (page coordinates) or all of it.
 * Read from a copy: the chart's own canvas is never read back.
 */
function alphaCounts(page: Page, box: { x: number; y: number; width: number; height: number } | null) {
  return page.evaluate((b) => {
    const canvas = document.querySelector<HTMLCanvasElement>("canvas.marks-canvas")!;
    const r = canvas.getBoundingClientRect();
    const scale = canvas.width / r.width;
    const x0 = b ? Math.max(0, Math.floor((b.x - r.left) * scale)) : 0;
    const x1 = b ? Math.min(canvas.width, Math.ceil((b.x + b.width - r.left) * scale)) : canvas.width;
    const y0 = b ? Math.max(0, Math.floor((b.y - r.top) * scale)) : 0;
    const y1 = b ? Math.min(canvas.height, Math.ceil((b.y + b.height - r.top) * scale)) : canvas.height;
    const counts = new Array<number>(256).fill(0);
    if (x1 <= x0 || y1 <= y0) return counts;
    const copy = Object.assign(document.createElement("canvas"), { width: x1 - x0, height: y1 - y0 });
    const ctx = copy.getContext("2d")!;
    ctx.drawImage(canvas, -x0, -y0);
    const data = ctx.getImageData(0, 0, x1 - x0, y1 - y0).data;
    for (let i = 3; i < data.length; i += 4) counts[data[i]!]!++;
    return counts;
  }, box);
}

/** How many canvas pixels under an item's hit area are painted (not transparent). */
async function paintedUnder(page: Page, item: Locator): Promise<number> {
  const counts = await alphaCounts(page, (await item.locator(".hit").boundingBox())!);
  return counts.slice(1).reduce((sum, n) => sum + n, 0);
}

/** A fingerprint of what the canvas shows. */
const canvasPixels = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>("canvas.marks-canvas")!;
    const copy = Object.assign(document.createElement("canvas"), {
      width: canvas.width,
      height: canvas.height,
    });
    const ctx = copy.getContext("2d")!;
    ctx.drawImage(canvas, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let hash = 0;
    for (let i = 0; i < data.length; i += 97) hash = (hash * 31 + data[i]!) | 0;
    return hash;
  });

test("a large chart paints its marks on a canvas hidden from assistive tech, under named, unpainted items", async ({
  page,
}) => {
  const canvas = page.locator("canvas.marks-canvas");
  await expect(canvas).toHaveAttribute("aria-hidden", "true");
  const item = page.locator('svg[data-ready="true"] [data-event-id]').nth(3);
  // The element is the item for focus and the pointer; the canvas draws it.
  await expect(item).toHaveAttribute("aria-label", /\w.*, .*\d{4}/);
  await expect(item).toHaveAttribute("role", "button");
  expect(await item.locator("path, text, rect:not(.hit):not(.ring)").count()).toBe(0);
  expect(await paintedUnder(page, item)).toBeGreaterThan(20);
});

test("on the canvas path, hover shows the item's tooltip and a click opens its sources", async ({ page }) => {
  const id = (await page
    .locator('svg[data-ready="true"] [data-event-id]')
    .nth(2)
    .getAttribute("data-event-id"))!;
  const item = page.locator(`svg [data-event-id="${id}"]`);
  const name = (await item.getAttribute("aria-label"))!;
  await item.hover();
  await expect(page.getByRole("tooltip")).toContainText(name.split(",")[0]!);
  await item.click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`event=${id}&|event=${id}$`));
});

test("on the canvas path, the keyboard walks the items with a visible focus ring", async ({ page }) => {
  await page.locator('svg [data-event-id][tabindex="0"]').focus();
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute("data-event-id") ?? null);
  const first = await focused();
  await page.keyboard.press("ArrowRight");
  await expect.poll(focused).not.toBe(first);
  const ring = page.locator(":focus .ring");
  await expect(ring).toHaveCSS("stroke-width", "3px");
  // The canvas repaints after the focus has moved (the view may pan to the item): wait for it.
  await expect.poll(() => paintedUnder(page, page.locator(":focus"))).toBeGreaterThan(20);
});

test("on the canvas path, a wheel zoom repaints the marks and the view lands in the URL", async ({
  page,
}) => {
  const before = await canvasPixels(page);
  const surface = (await page.locator(".zoom-surface").boundingBox())!;
  await page.mouse.move(surface.x + surface.width / 2, surface.y + 150);
  // d3-zoom loads once the chart has drawn and laid out its rows: a wheel before that does nothing.
  await expect(async () => {
    for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -240);
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=/, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  // Mid-gesture a zoom in may only stretch the last picture; once settled it is painted anew, unstretched.
  await expect
    .poll(() => page.locator("canvas.marks-canvas").evaluate((c) => (c as HTMLElement).style.transform))
    .toMatch(/^translate\(0(px)?, ?\d+(\.\d+)?px\)$/);
  expect(await canvasPixels(page)).not.toBe(before);
  // Each item in view after the zoom is painted under its element.
  await expectItemsInViewPainted(page);
});

test("on the canvas path, a gesture stretches the marks' picture and hides their labels, painting neither, and one that ends where it began shows both as they were", async ({
  page,
}) => {
  const surface = (await page.locator(".zoom-surface").boundingBox())!;
  const at = { x: surface.x + surface.width / 2, y: surface.y + 150 };
  await page.mouse.move(at.x, at.y);
  // A zoom first, settled: d3-zoom has loaded, and the labels are painted for a view of its own.
  await expect(async () => {
    await page.mouse.wheel(0, -240);
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=/, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  const labels = page.locator("canvas.marks-canvas-labels");
  await expect(labels).toHaveAttribute("aria-hidden", "true");
  await expect.poll(() => labels.evaluate((c) => (c as HTMLElement).style.opacity)).toBe("");
  const url = page.url();
  const mid = await page.evaluate(async ({ x, y }) => {
    const w = window as unknown as { marksClears: string[] };
    w.marksClears = [];
    const clear = CanvasRenderingContext2D.prototype.clearRect;
    CanvasRenderingContext2D.prototype.clearRect = function (...args) {
      if (this.canvas.className.startsWith("marks-canvas")) w.marksClears.push(this.canvas.className);
      return clear.apply(this, args);
    };
    // In and out in one task: one gesture, whatever the machine's pace, back where it began.
    const target = document.elementFromPoint(x, y)!;
    for (const deltaY of [-150, 150])
      target.dispatchEvent(
        new WheelEvent("wheel", { deltaY, clientX: x, clientY: y, bubbles: true, cancelable: true }),
      );
    await new Promise((r) => requestAnimationFrame(r));
    const style = (name: string) => document.querySelector<HTMLElement>(`canvas.${name}`)!.style;
    return { opacity: style("marks-canvas-labels").opacity, clears: w.marksClears.length };
  }, at);
  // Mid-gesture: the labels hidden as a layer, and nothing painted, not even in the gesture's first frame.
  expect(mid).toEqual({ opacity: "0", clears: 0 });
  await expect.poll(() => labels.evaluate((c) => (c as HTMLElement).style.opacity)).toBe("");
  await expect
    .poll(() => page.locator("canvas.marks-canvas").evaluate((c) => (c as HTMLElement).style.transform))
    .toMatch(/^translate\(0(px)?, ?\d+(\.\d+)?px\)$/);
  expect(await page.evaluate(() => (window as unknown as { marksClears: string[] }).marksClears)).toEqual([]);
  expect(page.url()).toBe(url);
  await expectItemsInViewPainted(page);
});

test("as it loads, the canvas is painted once for the first draw and once when the rest of the rows arrive", async ({
  page,
}) => {
  // Each paint starts by clearing the canvas: counted, with the time, from the page's first script on.
  await page.addInitScript(() => {
    const w = window as unknown as { canvasClears: number[] };
    w.canvasClears = [];
    const clear = CanvasRenderingContext2D.prototype.clearRect;
    CanvasRenderingContext2D.prototype.clearRect = function (...args) {
      if (this.canvas.classList.contains("marks-canvas")) w.canvasClears.push(performance.now());
      return clear.apply(this, args);
    };
  });
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName("timeline:all-rows").length > 0);
  // The canvas's chunk may arrive after every row is laid out (a loaded machine): its first paint then.
  await page.waitForFunction(() => (window as unknown as { canvasClears: number[] }).canvasClears.length > 0);
  const [drawn, clears] = await page.evaluate(() => [
    performance.getEntriesByName("timeline:all-rows")[0]!.startTime,
    (window as unknown as { canvasClears: number[] }).canvasClears,
  ]);
  // Not twice in the first draw's task (its mount), nor again a frame later for the same view (the resize
  // observer's first call): each was a paint of the whole view, about 20 ms at 100k events. Once more when
  // the rest of the rows arrive, unless the canvas came after them (its first paint has them all).
  const before = clears.filter((t) => t <= drawn);
  expect(before).toHaveLength(clears[0]! <= drawn ? 2 : 0);
});

test("on the canvas path, the last rows are painted on a canvas of the same size", async ({ page }) => {
  // The rows' full height is known once every row is laid out, after the first draw.
  await page.waitForFunction(() => performance.getEntriesByName("timeline:all-rows").length > 0);
  const canvas = page.locator("canvas.marks-canvas");
  const size = () =>
    canvas.evaluate((c) => `${(c as HTMLCanvasElement).width}×${(c as HTMLCanvasElement).height}`);
  const before = await size();
  const shift = () => canvas.evaluate((c) => (c as HTMLElement).style.transform);
  const atTop = await shift();
  await page.locator(".chart-body").evaluate((b) => {
    b.scrollTop = b.scrollHeight;
  });
  await expect.poll(shift).not.toBe(atTop);
  // A canvas given a new size allocates a new bitmap: a long frame, at both ends of the rows.
  expect(await size()).toBe(before);
  await expectItemsInViewPainted(page);
});

/**
 * Every item wholly in view has its mark painted under its element. Retried: after a scroll, React
 * renders the items of the rows now in view in a frame of its own, which need not be the canvas's.
 */
async function expectItemsInViewPainted(page: Page) {
  await expect(async () => {
    const surface = (await page.locator(".zoom-surface").boundingBox())!;
    const body = (await page.locator(".chart-body").boundingBox())!;
    let checked = 0;
    for (const item of await page.locator('svg[data-ready="true"] [data-event-id]').all()) {
      const box = await item.locator(".hit").boundingBox();
      if (!box || box.x < surface.x || box.x + box.width > surface.x + surface.width) continue;
      if (box.y < body.y || box.y + box.height > body.y + body.height) continue;
      expect(await paintedUnder(page, item)).toBeGreaterThan(20);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  }).toPass({ timeout: 10_000 });
}

test("a reader who asks for more contrast gets the canvas's faded spans at 0.6, and 0.35 again once not asked", async ({
  page,
}) => {
  // The canvas's half-transparent pixels by alpha: a faded span alone is 0.35 (89 of 255) or 0.6 (153).
  const faded = async () => {
    const counts = await alphaCounts(page, null);
    const [plain, more] = [counts[89]!, counts[153]!];
    return plain > 2 * more ? "0.35" : more > 2 * plain ? "0.6" : `unclear: ${plain} at 0.35, ${more} at 0.6`;
  };
  await expect.poll(faded).toBe("0.35");
  await page.emulateMedia({ contrast: "more" });
  await expect.poll(faded).toBe("0.6");
  await page.emulateMedia({ contrast: "no-preference" });
  await expect.poll(faded).toBe("0.35");
});
