import type { Page } from "@playwright/test";
import { expect } from "./fixtures.ts";

/** Nothing ran, nothing got an event handler, and every link goes to http(s) only. */
export async function expectInert(page: Page, dialogs: string[]) {
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
  const handlers = await page.evaluate(() =>
    [...document.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes]
        .filter((a) => a.name.toLowerCase().startsWith("on"))
        .map((a) => `${el.tagName} ${a.name}`),
    ),
  );
  expect(handlers).toEqual([]);
  const links = await page.evaluate(() =>
    [...document.querySelectorAll("a[href]")].map((a) => (a as HTMLAnchorElement).href),
  );
  for (const href of links) expect(new URL(href).protocol, href).toMatch(/^https?:$/);
  expect(
    await page.evaluate(
      () => document.querySelectorAll("base, iframe, object, embed, script:not([src])").length,
    ),
  ).toBe(0);
}
