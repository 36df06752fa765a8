import { readFileSync } from "node:fs";
import { expect, serveFixture, test } from "./fixtures.ts";

/**
 * The date forms docs/data-format.md lists, read from its table (EDTF, what it means, how it is shown), so
 * that the page and the documentation cannot drift apart.
 */
function documentedForms(): { edtf: string; shownAs: string }[] {
  const doc = readFileSync(new URL("../../docs/data-format.md", import.meta.url), "utf8");
  // The table whose header starts "| EDTF", to its end (the first line that is not a row).
  const table = doc.slice(doc.indexOf("\n| EDTF ")).split("\n\n")[0] ?? "";
  const rows = [...table.matchAll(/^\| `([^`]+)` +\| [^|]+\| ([^|]+?) +\|$/gm)];
  return rows.map(([, edtf = "", shownAs = ""]) => ({ edtf, shownAs }));
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("every date form the format documents is drawn by the built page, and named as the table says", async ({
  page,
}) => {
  const forms = documentedForms();
  // The table as the documentation has it: if it moves or changes shape, this test must be looked at again.
  expect(forms.length).toBeGreaterThanOrEqual(16);
  expect(forms.map((f) => f.edtf)).toContain("{2016-05,2017}");
  const dataset = {
    title: "Every documented date form",
    shows: [{ id: "show-a", title: "Show A", color: "#1f77b4" }],
    sources: [
      {
        id: "one",
        title: "One",
        publisher: "Example News",
        author: null,
        published: "2016-05-11",
        url: "https://example.com/one",
      },
    ],
    events: forms.map(({ edtf }, i) => ({
      id: `form-${i}`,
      show: "show-a",
      kind: "release",
      label: `Form ${i}`,
      start: edtf,
      certainty: "reported",
      citations: [{ source: "one", quote: "Quoted." }],
    })),
  };
  await serveFixture(page, "forms.json", JSON.stringify(dataset));
  await page.goto("/?data=/fixtures/forms.json");
  await expect(page.locator('svg[data-ready="true"]')).toBeVisible();
  // Nothing left out: the minified build reads every form the source does (the library's class names).
  await expect(page.getByRole("region", { name: /left out/ })).toHaveCount(0);
  for (const [i, { edtf, shownAs }] of forms.entries()) {
    await expect(page.locator(`svg [data-event-id="form-${i}"]`), edtf).toHaveAttribute(
      "aria-label",
      new RegExp(`^Form ${i}, release, ${escaped(shownAs)}, reported$`),
    );
  }
});

test("a zoom window reaching before year 0 goes into the URL in full, and a reload opens it again", async ({
  page,
}) => {
  const release = (id: string, start: string) => ({
    id,
    show: "show-a",
    kind: "release",
    label: `Release ${id}`,
    start,
    certainty: "reported",
    citations: [{ source: "one", quote: "Quoted." }],
  });
  const dataset = {
    shows: [{ id: "show-a", title: "Show A", color: "#1f77b4" }],
    sources: [
      {
        id: "one",
        title: "One",
        publisher: "Example News",
        published: "2016-05-11",
        url: "https://example.com/one",
      },
    ],
    events: [release("early", "0001-01-01"), release("late", "2016-05-11")],
  };
  await serveFixture(page, "year1.json", JSON.stringify(dataset));
  await page.goto("/?data=/fixtures/year1.json");
  const early = page.locator('svg [data-event-id="early"]');
  await early.focus();
  // Zooming in on the first item: the window's left edge falls before year 0 (the axis pads the data).
  await expect(async () => {
    await page.keyboard.press("+");
    await page.waitForTimeout(250);
    expect(page.url()).toMatch(/from=-\d{6}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  }).toPass();
  const url = page.url();
  await page.reload();
  await expect(early).toBeVisible();
  expect(page.url()).toBe(url);
  await expect(page.getByText(/Left out of the address/)).toHaveCount(0);
});
