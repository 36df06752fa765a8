import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures.ts";

test("an unknown path says the page is not found, with the ways to the timeline and the scorecard", async ({
  page,
}) => {
  await page.goto("/nosuch?data=/data/timeline.json");
  await expect(page.getByRole("heading", { level: 2, name: "Page not found" })).toBeVisible();
  await expect(page).toHaveTitle(/^Page not found · Marvel × Netflix/);
  // Not the timeline at a wrong address.
  await expect(page.getByRole("group", { name: /^Timeline: / })).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  // By the keyboard: the links keep the dataset, and lead where they say.
  const scorecard = page.getByRole("link", { name: /^Go to the scorecard/ });
  await expect(scorecard).toHaveAttribute("href", "/scorecard?data=%2Fdata%2Ftimeline.json");
  const timeline = page.getByRole("link", { name: "Go to the timeline" });
  await timeline.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("group", { name: /^Timeline: / })).toBeVisible();
  await expect(page).toHaveTitle(/^Marvel × Netflix/);
  expect(new URL(page.url()).pathname).toBe("/");
});

test("the page's own file name, /index.html, opens the timeline at its address, the link kept", async ({
  page,
}) => {
  await page.goto("/index.html?data=/data/timeline.json&kind=release");
  await expect(page.getByRole("group", { name: /^Timeline: / })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Page not found" })).toHaveCount(0);
  const url = new URL(page.url());
  expect(url.pathname).toBe("/");
  expect(url.searchParams.get("data")).toBe("/data/timeline.json");
  expect(url.searchParams.get("kind")).toBe("release");
  // In place: Back leaves the page rather than returning to /index.html.
  expect(await page.evaluate(() => history.length)).toBe(2);
});
