import AxeBuilder from "@axe-core/playwright";
import { datasetJson } from "../../scripts/bench/generate.mjs";
import type { Page } from "@playwright/test";
import { cutWords, expect, serveFixture, test } from "./fixtures.ts";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

const chart = (page: Page) => page.getByRole("group", { name: /^Timeline: / });

/** 20,000 events: more than the canvas renderer's threshold, so the marks are painted on a canvas. */
const BIG = datasetJson(20_000, 7);

for (const scheme of ["light", "dark"] as const) {
  test.describe(`axe, ${scheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
    });

    test("the timeline", async ({ page }) => {
      await page.goto("/");
      await chart(page).waitFor();
      await page.getByText("Legend: what the marks mean").click();
      await expectNoViolations(page);
    });

    test("with a tooltip open", async ({ page }) => {
      await page.goto("/");
      await page.locator('svg [data-event-id="luke-cage-1-release"]').hover();
      await expect(page.getByRole("tooltip")).toBeVisible();
      await expectNoViolations(page);
    });

    test("with the citations panel open", async ({ page }) => {
      await page.goto("/?event=jessica-jones-2-production");
      await expect(page.getByRole("dialog")).toBeVisible();
      await expectNoViolations(page);
    });

    test("a source page", async ({ page }) => {
      await page.goto("/sources/playerone-2016-05-02");
      await expect(page.getByRole("heading", { level: 2 })).toBeVisible();
      await expectNoViolations(page);
    });

    test("the table view", async ({ page }) => {
      await page.goto("/?view=table");
      await expect(page.getByRole("table").first()).toBeVisible();
      await expectNoViolations(page);
    });

    test("the filters folded on a phone", async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto("/");
      await chart(page).waitFor();
      await expectNoViolations(page);
    });

    test("the citations panel as a sheet on a phone", async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto("/?event=jessica-jones-2-production");
      await expect(page.getByRole("dialog")).toBeVisible();
      await expectNoViolations(page);
    });

    test("a long filter group: the finder, its list and its line of the rest", async ({ page }) => {
      // 1,000 events, a show per 20: 50 shows, more than a short group holds.
      await serveFixture(page, "rows.json", datasetJson(1000, 3, 20));
      await page.goto("/?data=/fixtures/rows.json");
      await chart(page).waitFor();
      await expect(page.getByText("40 of 50 listed — type to narrow")).toBeVisible();
      await expectNoViolations(page);
      await page.getByRole("searchbox", { name: "Find a show" }).fill("show 1");
      await expect(page.getByText("10 found")).toBeVisible();
      await expectNoViolations(page);
    });

    test("20k events, marks on a canvas: the chart, zoomed in, with an item focused and its tooltip open", async ({
      page,
    }) => {
      await serveFixture(page, "big.json", BIG);
      await page.goto("/?data=/fixtures/big.json");
      await page.waitForFunction(() => performance.getEntriesByName("timeline:all-rows").length > 0);
      await expect(page.locator("canvas.marks-canvas")).toBeAttached();
      await expectNoViolations(page);
      // Zoomed in, the canvas is painted again and the items in view are other elements.
      const surface = (await page.locator(".zoom-surface").boundingBox())!;
      await page.mouse.move(surface.x + surface.width / 2, surface.y + 100);
      await expect(async () => {
        await page.mouse.wheel(0, -240);
        await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=/, { timeout: 1_000 });
      }).toPass({ timeout: 20_000 });
      await page.locator('svg [data-event-id][tabindex="0"]').focus();
      await page.keyboard.press("ArrowRight");
      await expect(page.getByRole("tooltip")).toBeVisible();
      await expectNoViolations(page);
    });

    test("the error screens", async ({ page, allowConsole }) => {
      allowConsole(/status of 404/);
      await serveFixture(page, "broken.json", "{ nope");
      await page.goto("/?data=/fixtures/broken.json");
      await expect(page.getByRole("alert")).toBeVisible();
      await expectNoViolations(page);
      await page.route(
        (url) => url.pathname === "/fixtures/gone.json",
        (route) => route.fulfill({ status: 404 }),
      );
      await page.goto("/?data=/fixtures/gone.json");
      await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
      await expectNoViolations(page);
    });

    test("a dataset with left-out items", async ({ page }) => {
      const dataset = JSON.parse(
        (await import("node:fs")).readFileSync(new URL("../fixtures/good.json", import.meta.url), "utf8"),
      ) as { events: Record<string, unknown>[] };
      dataset.events.push({ ...dataset.events[0], id: "bad", start: "someday" });
      await serveFixture(page, "mixed.json", JSON.stringify(dataset));
      await page.goto("/?data=/fixtures/mixed.json");
      await expect(page.getByRole("region", { name: /left out/ })).toBeVisible();
      await expectNoViolations(page);
    });
  });
}

test("a skip link, the first Tab stop and shown when focused, takes the keyboard past the filters", async ({
  page,
}) => {
  const skip = async (name: string) => {
    await page.keyboard.press("Tab");
    const link = page.getByRole("link", { name });
    await expect(link).toBeFocused();
    await expect(link).toBeInViewport({ ratio: 1 });
    await page.keyboard.press("Enter");
  };
  await page.goto("/");
  await chart(page).waitFor();
  await skip("Skip to the timeline");
  await expect(chart(page)).toBeFocused();
  await expect(page).toHaveURL("/");
  // The next Tab is in the chart, not in the filters.
  await page.keyboard.press("Tab");
  await expect(chart(page).locator(":focus")).toHaveCount(1);

  await page.goto("/?view=table");
  await expect(page.getByRole("table").first()).toBeVisible();
  await skip("Skip to the timeline");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("table").first().getByRole("button").first()).toBeFocused();

  // A table the filters leave empty: the skip link lands on the message saying so (and its Clear filters),
  // not on <main>.
  await page.goto("/?view=table&q=no-such-words");
  await expect(page.getByText("No events match the filters.", { exact: true })).toBeVisible();
  await skip("Skip to the timeline");
  await expect(page.locator(":focus")).toHaveText("No events match the filters.Clear filters");

  // The scorecard has no filters: its skip link passes the header's tools.
  await page.goto("/scorecard");
  await expect(page.getByRole("table", { name: "By publisher" })).toBeVisible();
  await skip("Skip to the content");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "← Back to the timeline" })).toBeFocused();
});

/** The controls and links on the page smaller than 24 × 24 px (a control in its label: the label's size). */
const smallTargets = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('a[href], button, input, select, summary, [tabindex]:not([tabindex="-1"])')]
      .map((element) => {
        const { width, height } = (element.closest("label") ?? element).getBoundingClientRect();
        const name = element.getAttribute("aria-label") ?? element.textContent ?? "";
        return { name: name.trim().slice(0, 60), width, height };
      })
      .filter(({ width, height }) => width > 0 && (width < 24 || height < 24)),
  );

test("every control and link is a target of 24 × 24 px at least, on a phone and a desktop (WCAG 2.5.8)", async ({
  page,
}) => {
  for (const { width, height } of [
    { width: 390, height: 844 },
    { width: 1280, height: 900 },
  ]) {
    await page.setViewportSize({ width, height });
    for (const path of ["/", "/?view=table", "/?event=jessica-jones-2-production", "/scorecard"]) {
      await page.goto(path);
      await expect(page.getByRole("link", { name: /^Scorecard|Back to the timeline/ })).toBeVisible();
      const unfold = page.getByRole("button", { name: "Show filters" });
      if (await unfold.isVisible()) await unfold.click();
      if (path === "/scorecard")
        await page
          .getByRole("link", { name: /inside the reported window/ })
          .first()
          .waitFor();
      else await expect(page.getByRole("checkbox").first()).toBeVisible();
      expect({ width, path, small: await smallTargets(page) }).toEqual({ width, path, small: [] });
    }
    await page.goto("/sources/playerone-2016-05-02");
    await expect(page.getByRole("heading", { level: 2 })).toBeVisible();
    expect({ width, small: await smallTargets(page) }).toEqual({ width, small: [] });
    await page.getByRole("button", { name: "Open a dataset…" }).click();
    await expect(page.getByRole("dialog", { name: "Open a dataset" })).toBeVisible();
    expect({ width, dialog: await smallTargets(page) }).toEqual({ width, dialog: [] });
  }
  // On a phone, a link on a line of its own is a 44 px target, as a finger wants.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  const scorecard = await page.getByRole("link", { name: /^Scorecard/ }).boundingBox();
  expect(scorecard?.height).toBeGreaterThanOrEqual(44);
});

test("every item has a target of at least 24 × 24 px, even a thin bar (WCAG 2.5.8)", async ({ page }) => {
  for (const width of [1400, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/");
    await chart(page).waitFor();
    const sizes = await page
      .locator("svg [data-event-id] .hit")
      .evaluateAll((hits) => hits.map((h) => h.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(sizes.length).toBe(19);
    for (const [w, h] of sizes) {
      expect(w).toBeGreaterThanOrEqual(24);
      expect(h).toBeGreaterThanOrEqual(24);
    }
  }
});

for (const [width, height, at] of [
  [1280, 720, "on a desktop"],
  [320, 256, "at 400% zoom, where no side has room for a quote"],
] as const)
  test(`focus stays visible: the tooltip never covers the focused item, in any row, ${at}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto("/");
    await chart(page).waitFor();
    const ids = await page
      .locator("svg [data-event-id]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-event-id")));
    for (const id of ids) {
      await page.locator(`svg [data-event-id="${id}"]`).focus();
      const tooltip = page.getByRole("tooltip");
      await expect(tooltip).toBeVisible();
      const [a, b] = [
        await tooltip.boundingBox(),
        await page.locator(`svg [data-event-id="${id}"] .hit`).boundingBox(),
      ];
      if (!a || !b) throw new Error(`${id} not visible`);
      const overlap =
        a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, id ?? "").toBe(false);
    }
  });

test("on a desktop an item near the window's bottom has its whole quote, above it, not one cut short", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/");
  await chart(page).waitFor();
  const item = page.locator('.timeline-shelf [data-event-id="the-defenders-plans"]');
  // 60 px above the window's bottom: 700 px free above it.
  await item.evaluate((e) => {
    const box = e.getBoundingClientRect();
    window.scrollBy(0, box.top + box.height / 2 - (innerHeight - 60));
  });
  await item.hover();
  const tooltip = page.getByRole("tooltip");
  await expect(tooltip).toBeVisible();
  // It was cut to 108 px of 262, and scrolled.
  await expect.poll(() => tooltip.evaluate((t) => t.scrollHeight - t.clientHeight)).toBeLessThanOrEqual(1);
  const [tip, mark] = [(await tooltip.boundingBox())!, (await item.boundingBox())!];
  expect(tip.y + tip.height).toBeLessThanOrEqual(mark.y);
});

test("the table keeps its words whole, on a desktop and at 200% zoom, where its rows stack and each cell says its column", async ({
  page,
}) => {
  const cells = ".dataset-table .certainty, .dataset-table td[data-label='When']";
  for (const [width, height, headers] of [
    [1400, 900, ".dataset-table thead th, "],
    // Stacked: the header row is there for a screen reader only, 1 px wide.
    [640, 450, ""],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.goto("/?actual=1&view=table");
    await page.locator(".dataset-table table").first().waitFor();
    // "Cert|aint|y", "Wh|en", "Janu|ary": a column shrunk to a few letters' width.
    expect(await cutWords(page, headers + cells)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
  }
  // Stacked, the header row is hidden: a cell names its column itself.
  const when = page.locator(".dataset-table td[data-label='When']").first();
  expect(await when.evaluate((td) => getComputedStyle(td, "::before").display)).toBe("block");
  const header = (await page.locator(".dataset-table thead").first().boundingBox())!;
  expect(header.width).toBeLessThanOrEqual(1);
});

test("at 400% zoom the citations sheet's facts keep their words whole: a long name wraps, not the values", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 256 });
  await page.goto("/?event=daredevil-2-release&actual=1");
  await expect(page.locator(".panel-facts dt").getByText("Reported against actual")).toBeAttached();
  // The names took 217 of 276 px, and the values broke: "Januar|y 2016", "Releas|e", "Confir|med".
  expect(await cutWords(page, ".panel-facts dt, .panel-facts dd")).toEqual([]);
});

test("in high contrast (forced colours) a pressed toggle looks pressed, and the shows' swatches keep their colours", async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto("/?view=table");
  const looks = (name: string) =>
    page.getByRole("button", { name, exact: true }).evaluate((button) => {
      const style = getComputedStyle(button);
      return `${style.backgroundColor} ${style.color}`;
    });
  await expect(page.getByRole("button", { name: "Table", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  expect(await looks("Table")).not.toBe(await looks("Chart"));
  await page.getByRole("button", { name: "Chart", exact: true }).click();
  await chart(page).waitFor();
  const swatches = await page
    .locator(".row-title-face > span:first-child")
    .evaluateAll((spans) => new Set(spans.map((span) => getComputedStyle(span).color)).size);
  expect(swatches).toBeGreaterThan(1);
});

test("in high contrast a file's error is boxed, not only coloured, as the page's warnings are", async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto("/");
  await page.getByRole("button", { name: "Open a dataset…" }).click();
  await page
    .getByLabel("Choose files, or drop them here")
    .setInputFiles({ name: "garbage.json", mimeType: "application/json", buffer: Buffer.from("{ nope") });
  const error = page.getByRole("dialog").getByRole("alert");
  await expect(error).toContainText("not valid JSON");
  // Its background colour is gone in high contrast: without a border it read as the dialog's other text.
  expect(
    await error.evaluate(
      (e) => `${getComputedStyle(e).borderTopStyle} ${getComputedStyle(e).borderTopWidth}`,
    ),
  ).toBe("solid 2px");
});

/**
 * The bundled dataset with its first show's colour #fafafa (white on white: too pale for the light theme)
 * and its second's #1f77b4 (3:1 already), opened with the media given.
 */
async function openPale(page: Page, media: Parameters<Page["emulateMedia"]>[0]) {
  const { readFileSync } = await import("node:fs");
  const bundled = JSON.parse(
    readFileSync(new URL("../../public/data/timeline.json", import.meta.url), "utf8"),
  ) as { shows: { color?: string }[] };
  bundled.shows[0]!.color = "#fafafa";
  bundled.shows[1]!.color = "#1f77b4";
  await serveFixture(page, "pale.json", JSON.stringify(bundled));
  await page.emulateMedia(media);
  await page.goto("/?data=/fixtures/pale.json");
  await chart(page).waitFor();
}

test("a dataset's own show colour too pale for the page is drawn darker, at 3:1, and kept as given elsewhere", async ({
  page,
}) => {
  await openPale(page, { colorScheme: "light" });
  const swatches = () =>
    page
      .locator(".row-title-face > span:first-child")
      .evaluateAll((spans) => spans.slice(0, 2).map((span) => getComputedStyle(span).color));
  // Daredevil's marks were white on white; the second show's colour had 3:1 already.
  await expect
    .poll(swatches)
    .toEqual([expect.not.stringMatching(/^rgb\(250, 250, 250\)$/), "rgb(31, 119, 180)"]);
  const [pale] = await swatches();
  const light = pale!.match(/\d+/g)!.map(Number);
  expect(Math.max(...light)).toBeLessThan(160);
  // A report step keeps it: no frame draws the colour as given again (each day once made its own map).
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
    const look = () => {
      const span = document.querySelector(".row-title-face > span:first-child");
      if (span) seen.push(getComputedStyle(span).color);
      requestAnimationFrame(look);
    };
    look();
  });
  const next = page.getByRole("button", { name: /^Next report/ });
  const slider = page.getByRole("slider", { name: "Known as of" });
  for (let step = 0; step < 3; step++) {
    const before = await slider.inputValue();
    await next.click();
    await expect(slider).not.toHaveValue(before);
  }
  await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.length).toBeGreaterThan(3);
  expect(seen).not.toContain("rgb(250, 250, 250)");
});

test("in high contrast with the other theme picked, the axis's painted years stay on that theme's background", async ({
  page,
}) => {
  // A dark high contrast, and the light theme picked on the page: the chart's canvas paints in the light
  // theme's colours ("2016" in dark grey), so its strip must not take the system's black.
  await page.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
  await page.addInitScript(() => localStorage.setItem("theme", "light"));
  await page.goto("/");
  await chart(page).waitFor();
  const background = await page
    .locator(".timeline-axis")
    .evaluate((axis) => getComputedStyle(axis).backgroundColor);
  const body = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe("rgba(0, 0, 0, 0)");
  // Light: each channel over 200, where the system's background is black.
  expect(
    background
      .match(/\d+/g)!
      .slice(0, 3)
      .map(Number)
      .every((c) => c > 200),
  ).toBe(true);
  expect(body).toBe("rgb(0, 0, 0)");
});

test("the legend's entries read as phrases, and the zoom buttons are a named group of tab stops", async ({
  page,
}) => {
  await page.goto("/");
  await chart(page).waitFor();
  await page.getByText("Legend: what the marks mean").click();
  // The shelf's box and its words, one phrase each to a screen reader (the box is drawn, the colon is not).
  await expect(page.getByRole("listitem").filter({ hasText: "the shelf at the right" })).toHaveText(
    "Date not announced: the shelf at the right: items with no date yet",
  );
  // Not a toolbar: that role promises arrow keys between its buttons, and each of these is a tab stop.
  await expect(page.getByRole("toolbar")).toHaveCount(0);
  await expect(page.getByRole("group", { name: "Zoom" }).getByRole("button")).toHaveCount(5);
});

test("a reader who asks for more contrast gets the faded spans at 0.6 on the chart and in the legend, and stronger secondary text", async ({
  page,
}) => {
  // The faded spans' opacities (a solid bar has none; ghosts are 0.25), on the chart and in the legend.
  const faded = async () => {
    const at = (selector: string) =>
      page
        .locator(selector)
        .evaluateAll((rects) => [
          ...new Set(
            rects.map((r) => r.getAttribute("fill-opacity")).filter((o) => o === "0.35" || o === "0.6"),
          ),
        ]);
    return {
      chart: await at("svg [data-event-id] rect[fill-opacity]"),
      legend: await at(".legend svg rect"),
    };
  };
  await page.goto("/");
  await chart(page).waitFor();
  await page.getByText("Legend: what the marks mean").click();
  await expect.poll(faded).toEqual({ chart: ["0.35"], legend: ["0.35"] });
  const muted = () =>
    page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--muted"));
  expect(await muted()).toMatch(/^#555(555)?$/);
  // The setting changed while the page is open: the chart and the legend follow at once.
  await page.emulateMedia({ contrast: "more" });
  await expect.poll(faded).toEqual({ chart: ["0.6"], legend: ["0.6"] });
  expect(await muted()).toMatch(/^#333(333)?$/);
  await page.emulateMedia({ contrast: "no-preference" });
  await expect.poll(faded).toEqual({ chart: ["0.35"], legend: ["0.35"] });
});

test("with more contrast, a chart drawn again (another theme, back from the table) is styled from its first frame: no faded span at 0.35, no pale colour as given", async ({
  page,
}) => {
  await openPale(page, { contrast: "more", colorScheme: "light" });
  // The first draw has the style as given; it is styled once the chart has drawn.
  await expect
    .poll(() => page.locator("svg [data-event-id] rect[fill-opacity='0.6']").count())
    .toBeGreaterThan(0);
  // Every frame from here: the faded spans' opacities and the pale show's swatch.
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { seen: string[] }).seen = []);
    const look = () => {
      for (const rect of document.querySelectorAll("svg [data-event-id] rect[fill-opacity='0.35']"))
        seen.push(`faded ${rect.getAttribute("fill-opacity")}`);
      // On the light theme only: #fafafa has 3:1 on the dark one, and is drawn as given there.
      const swatch = document.querySelector(".row-title-face > span:first-child");
      if (swatch && getComputedStyle(document.body).backgroundColor === "rgb(255, 255, 255)")
        seen.push(getComputedStyle(swatch).color);
      requestAnimationFrame(look);
    };
    look();
  });
  await page.getByRole("button", { name: /Theme: system/ }).click();
  await page.getByRole("button", { name: /Theme: dark/ }).click();
  await expect(page.getByRole("button", { name: /Theme: light/ })).toBeVisible();
  await page.getByRole("button", { name: "Table", exact: true }).click();
  await page.getByRole("button", { name: "Chart", exact: true }).click();
  await chart(page).waitFor();
  await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen.length).toBeGreaterThan(10);
  expect(seen.filter((s) => s.startsWith("faded"))).toEqual([]);
  expect(seen).not.toContain("rgb(250, 250, 250)");
});
