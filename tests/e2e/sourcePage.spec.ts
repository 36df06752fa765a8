import { expect, test } from "./fixtures.ts";

const SITE = "Marvel × Netflix: what the news said";

test("a source page gives each quote what its citation said, in the panel's words, and names the source in the tab", async ({
  page,
}) => {
  await page.goto("/sources/comicbook-2017-09-20");
  const title = await page.getByRole("heading", { level: 2 }).textContent();
  await expect(page).toHaveTitle(`${title} · ${SITE}`);
  const quote = page.locator(".source-quotes > li");
  await expect(quote).toHaveCount(1);
  await expect(quote).toContainText("What happened: 18 August 2017");
  await expect(quote).not.toContainText("date not announced");

  // The quote's event, in the panel as it turned out: the same words for the same citation.
  await page.goto("/?event=the-defenders-release&asof=end");
  const panel = page.getByRole("dialog", { name: "The Defenders premieres" });
  await expect(panel.locator(".outcome-citation .citation-claim")).toHaveText(
    "What happened: 18 August 2017",
  );
  await expect(page).toHaveTitle(SITE);

  await page.goto("/sources/playerone-2016-05-02");
  const production = page.locator(".source-quotes > li", { hasText: "start production in 2017" });
  await expect(production.locator(".citation-claim")).toHaveText("Said: 2017");
  await expect(production).not.toContainText("October 2016 or later");

  await page.goto("/sources/breathecast-2016-10-16");
  await expect(page.locator(".source-quotes .citation-claim")).toHaveText(
    "What happened: ended 8 October 2016",
  );
});

test("a source that is not in the dataset says so in the tab", async ({ page }) => {
  await page.goto("/sources/no-such-source");
  await expect(page.getByRole("heading", { name: "No such source" })).toBeVisible();
  await expect(page).toHaveTitle(`No such source · ${SITE}`);
});
