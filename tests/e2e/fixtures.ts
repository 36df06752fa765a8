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

/** Presses Tab until focus reaches the chart's one tab stop (an item), at most 80 times. */
export async function tabToChart(page: Page): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.closest("svg") !== null)) return;
  }
}

/**
 * Polls the page until it has set the performance mark `name` (a `timeline:` mark), or `timeoutMs` has
 * passed; resolves to whether it did. For a route handler that holds a response back until then.
 */
/** The words of the elements' own first text that a line break cuts in two: each should lie on one line. */
export function cutWords(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.flatMap((element) => {
      const text = element.firstChild;
      if (!(text instanceof Text)) return [];
      return [...text.data.matchAll(/\S+/g)].flatMap((word) => {
        const range = document.createRange();
        range.setStart(text, word.index);
        range.setEnd(text, word.index + word[0].length);
        return range.getClientRects().length > 1 ? [word[0]] : [];
      });
    }),
  );
}

export async function untilMarked(page: Page, name: string, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const marked = await page
      .evaluate((mark) => performance.getEntriesByName(mark).length > 0, name)
      .catch(() => false);
    if (marked) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/**
 * The CSP violations the page has reported since the last call (each "directive blocked-URI"), taken: a
 * test that provokes one on purpose takes it, and the guard below fails on any left.
 */
export function takeCspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const w = window as unknown as { cspViolations?: string[] };
    const seen = w.cspViolations ?? [];
    w.cspViolations = [];
    return seen;
  });
}

/**
 * Every test fails on a console error or warning, an uncaught exception, a Content-Security-Policy
 * violation, or a request that leaves the page's own origin.
 */
export const test = base.extend<{ allowConsole: (pattern: RegExp) => void; pageGuards: null }>({
  /** A test that provokes a console message on purpose (a 404) names it here. */
  allowConsole: [
    // Playwright reads a fixture's dependencies from this pattern: an empty one means none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, testInfo) => {
      const allowed: RegExp[] = [];
      (testInfo as unknown as { allowedConsole: RegExp[] }).allowedConsole = allowed;
      await use((pattern) => allowed.push(pattern));
    },
    { auto: true },
  ],
  pageGuards: [
    async ({ page, baseURL }, use, testInfo) => {
      const allowed = (testInfo as unknown as { allowedConsole?: RegExp[] }).allowedConsole ?? [];
      const problems: string[] = [];
      const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
      page.on("console", (message) => {
        const text = `${message.type()}: ${message.text()}`;
        if (
          (message.type() === "error" || message.type() === "warning") &&
          !allowed.some((p) => p.test(text))
        ) {
          problems.push(text);
        }
      });
      page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (url.protocol !== "blob:" && url.protocol !== "data:" && url.origin !== origin) {
          problems.push(`outside request: ${request.url()}`);
        }
      });
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          const list = ((window as unknown as { cspViolations?: string[] }).cspViolations ??= []);
          list.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use(null);
      if (!page.isClosed()) {
        const violations = await takeCspViolations(page).catch(() => []);
        problems.push(...violations.map((v) => `CSP violation: ${v}`));
      }
      expect(problems, "console errors, CSP violations or outside requests").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
