import { test as base, expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

/** Serves a dataset fixture from tests/fixtures at /fixtures/<name>, without shipping it in the build. */
export async function serveFixture(page: Page, name: string, body?: string) {
  const content = body ?? readFileSync(resolve(import.meta.dirname, "../fixtures", name), "utf8");
  // Match the path only: a glob would also match the page's own URL, whose ?data= names the fixture.
  await page.route(
    (url) => url.pathname === `/fixtures/${name}`,
    (route) => route.fulfill({ status: 200, contentType: "application/json", body: content }),
  );
}

/** Every test fails on a console error or warning, or an uncaught exception. */
export const test = base.extend<{ consoleProblems: string[] }>({
  consoleProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning")
          problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
      await use(problems);
      expect(problems, "console errors or warnings").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
