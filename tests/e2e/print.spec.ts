import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

// Printed, the page is a record of the view: the open item's every quote, in the page's flow below the chart
// (paper is narrower than the 1250 px under which the panel is a sheet fixed over the page), what is shown
// said in words, and no control that does nothing on paper. An A4 page is 794 × 1123 CSS px.
const A4 = { width: 794, height: 1123 };

const chart = (page: Page) => page.getByRole("group", { name: /^Timeline: / });

/** An element's box on the page; it must have one. */
async function box(element: Locator) {
  const found = await element.boundingBox();
  if (!found) throw new Error("not visible");
  return found;
}

/** Whether two elements' boxes share any area. */
async function boxesOverlap(a: Locator, b: Locator) {
  const [x, y] = [await box(a), await box(b)];
  return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
}

/** Opens `path` at A4's size and waits for the chart's first draw and the open item's panel. */
async function open(page: Page, path: string) {
  await page.setViewportSize(A4);
  await page.goto(path);
  await expect(chart(page).locator('svg[data-ready="true"]')).toBeVisible();
  await expect(page.getByRole("dialog")).toBeVisible();
}

test("a printout holds every quote of the open item, below the chart, and none of the controls", async ({
  page,
}) => {
  await open(page, "/?event=jessica-jones-2-production");
  const panel = page.getByRole("dialog");
  // On screen, at this width, the panel is a sheet over the page, with the controls around it.
  const controls = [
    page.getByRole("button", { name: "Save SVG", exact: true }),
    page.getByRole("button", { name: "Save JSON", exact: true }),
    page.getByRole("group", { name: "Zoom" }),
    page.getByRole("button", { name: "Zoom in", exact: true }),
    page.getByRole("button", { name: /^Previous report/ }),
    page.getByRole("button", { name: "How it turned out", exact: true }),
    page.getByRole("slider", { name: "Known as of" }),
    page.getByRole("button", { name: /^Theme: / }),
    page.getByRole("button", { name: "Open a dataset…", exact: true }),
    page.getByRole("button", { name: "Chart", exact: true }),
    page.getByRole("button", { name: "Close sources", exact: true }),
    page.getByRole("button", { name: "Cite as BibTeX", exact: true }),
    page.getByRole("button", { name: "Show filters", exact: true }),
  ];
  for (const control of controls) await expect(control).toBeVisible();
  expect(await panel.evaluate((element) => getComputedStyle(element).position)).toBe("fixed");

  await page.emulateMedia({ media: "print" });

  // Every quote the panel counts is printed, whole: the panel is in the flow, as tall as what it holds.
  const counted = (await panel.getByRole("heading", { level: 3, name: /quote|source/ }).textContent()) ?? "";
  const quotes = Number(/^(\d+) quotes?/.exec(counted)?.[1] ?? /^(\d+) sources?/.exec(counted)?.[1]);
  expect(quotes).toBeGreaterThan(1);
  const blockquotes = panel.locator(".panel-citations blockquote");
  await expect(blockquotes).toHaveCount(quotes);
  const panelBox = await box(panel);
  for (const quote of await blockquotes.all()) {
    await expect(quote).toBeVisible();
    // Inside the panel's box, which cuts nothing (below): printed whole.
    const quoteBox = await box(quote);
    expect(quoteBox.y).toBeGreaterThanOrEqual(panelBox.y);
    expect(quoteBox.y + quoteBox.height).toBeLessThanOrEqual(panelBox.y + panelBox.height);
  }
  const fit = await panel.evaluate((element) => ({
    position: getComputedStyle(element).position,
    scrollHeight: element.scrollHeight,
    clientHeight: element.clientHeight,
  }));
  expect(fit.position).toBe("static");
  expect(fit.scrollHeight).toBeLessThanOrEqual(fit.clientHeight + 1);
  // Not over the chart's rows: below them.
  const rows = chart(page).locator(".chart-body");
  expect(await boxesOverlap(panel, rows)).toBe(false);
  const rowsBox = await box(rows);
  expect(panelBox.y).toBeGreaterThanOrEqual(rowsBox.y + rowsBox.height);

  // What is shown stays: the title, the day known as of, the chart with its axis and rows.
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText("Known as of")).toBeVisible();
  await expect(page.locator(".as-of-readout")).toHaveText(/\d{4}/);
  await expect(page.locator(".as-of-readout")).toBeVisible();
  await expect(chart(page).locator(".timeline-axis")).toBeVisible();
  await expect(rows).toBeVisible();
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(
    "Jessica Jones season 2 production begins",
  );

  // What does nothing on paper is not printed.
  for (const control of controls) await expect(control).toBeHidden();
  await expect(page.locator(".skip-link")).toBeHidden();
});

test("a printout says which filters and search are on, though the filters are folded on screen", async ({
  page,
}) => {
  await open(page, "/?event=jessica-jones-2-production&show=jessica-jones,daredevil&q=season");
  const search = page.getByRole("searchbox", { name: "Search labels and quotes" });
  const daredevil = page.getByRole("checkbox", { name: /^Daredevil/ });
  // Folded at this width: on screen only the count says anything.
  await expect(page.getByRole("button", { name: "Show filters", exact: true })).toBeVisible();
  await expect(search).toBeHidden();
  await expect(daredevil).toBeHidden();

  await page.emulateMedia({ media: "print" });

  await expect(page.getByText(/^\d+ of \d+ events shown$/)).toBeVisible();
  await expect(search).toBeVisible();
  await expect(search).toHaveValue("season");
  await expect(daredevil).toBeVisible();
  await expect(page.getByRole("checkbox", { name: /^Jessica Jones/ })).toBeVisible();
  // The shows left out are not listed as if shown; the groups that filter nothing are left off.
  await expect(page.getByRole("checkbox", { name: /^Luke Cage/ })).toBeHidden();
  await expect(page.getByRole("group", { name: "Shows" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Kinds" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Clear filters", exact: true })).toBeHidden();
});

test("a printout of the dark theme is in the light colours: paper is light, and its backgrounds are not printed", async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await open(page, "/?event=jessica-jones-2-production");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  const colours = () =>
    page.evaluate(() => {
      const body = getComputedStyle(document.body);
      return { background: body.backgroundColor, text: body.color };
    });
  expect(await colours()).toEqual({ background: "rgb(18, 18, 18)", text: "rgb(236, 236, 236)" });
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  expect(await colours()).toEqual({ background: "rgb(255, 255, 255)", text: "rgb(26, 26, 26)" });
});
