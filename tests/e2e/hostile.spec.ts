import { expect, serveFixture, test } from "./fixtures.ts";
import { expectInert } from "./expectInert.ts";
import { PAYLOADS, TEXT_PAYLOADS, textPayloadDataset, urlPayloadDataset } from "./payloads.ts";

test.describe.configure({ mode: "serial" });

test(`${PAYLOADS.length} payloads in every text field render as plain text and run nothing`, async ({
  page,
}) => {
  expect(PAYLOADS.length).toBeGreaterThanOrEqual(40);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await serveFixture(page, "hostile-text.json", JSON.stringify(textPayloadDataset()));

  await page.goto("/?data=/fixtures/hostile-text.json&view=table");
  await expect(page.getByRole("table").first()).toBeVisible();
  // HTML folds whitespace (a tab shows as a space), so both sides are compared folded.
  const fold = (t: string) => t.replace(/\s+/g, " ").trim();
  const text = fold(await page.locator("main").innerText());
  for (const payload of TEXT_PAYLOADS) expect(text, payload).toContain(fold(payload));
  // The refused ones are listed by path, not shown.
  await expect(page.getByRole("region", { name: /left out/ })).toContainText("U+202E");
  await expectInert(page, dialogs);

  await page.goto("/?data=/fixtures/hostile-text.json");
  const items = page.locator("svg [data-event-id]");
  await expect(items.first()).toBeVisible();
  await items.nth(3).hover();
  await expect(page.getByRole("tooltip")).toContainText(TEXT_PAYLOADS[3] ?? "");
  await items.nth(3).click();
  await expect(page.getByRole("dialog")).toContainText(TEXT_PAYLOADS[3] ?? "");
  await expectInert(page, dialogs);

  await page
    .getByRole("dialog")
    .getByRole("link", { name: /All quotes from/ })
    .click();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(TEXT_PAYLOADS[3] ?? "");
  await expectInert(page, dialogs);
});

test("payloads in every URL field never become a link anywhere but http(s)", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await serveFixture(page, "hostile-urls.json", JSON.stringify(urlPayloadDataset()));
  await page.goto("/?data=/fixtures/hostile-urls.json&view=table");
  await expect(page.getByRole("region", { name: /left out/ })).toContainText("must be an absolute http");
  await expectInert(page, dialogs);
  // Open the sources of whatever survived, and follow them to their source pages.
  await page.goto("/?data=/fixtures/hostile-urls.json");
  const items = page.locator("svg [data-event-id]");
  await expect(items.first()).toBeVisible();
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < Math.min(count, 5); i++) {
    await items.nth(i).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectInert(page, dialogs);
  }
});
