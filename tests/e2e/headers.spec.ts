import { SECURITY_HEADERS } from "../../scripts/contentSecurityPolicy.ts";
import { expect, takeCspViolations, test } from "./fixtures.ts";

test("preview sends the security headers with the page and with the data", async ({ request }) => {
  for (const path of ["/", "/data/timeline.json"]) {
    const response = await request.get(path);
    const headers = response.headers();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(headers[name.toLowerCase()], `${name} on ${path}`).toBe(value);
    }
  }
});

test("a page that frames the timeline gets nothing drawn in the frame", async ({ page, allowConsole }) => {
  allowConsole(/frame-ancestors|Refused to (frame|display)/);
  // A page of the same origin is refused too: frame-ancestors 'none' allows no one.
  await page.route(
    (url) => url.pathname === "/framer.html",
    (route) =>
      route.fulfill({
        contentType: "text/html",
        body: '<!doctype html><title>framer</title><iframe src="/"></iframe>',
      }),
  );
  const refused = page.waitForEvent("console", (message) => /frame-ancestors/.test(message.text()));
  await page.goto("/framer.html");
  await refused;
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(frame).toBeDefined();
  await expect(page.frameLocator("iframe").getByRole("heading")).toHaveCount(0);
  await expect(page.frameLocator("iframe").locator("#root")).toHaveCount(0);
});

test("where a host sends no headers, the page's own meta enforces the policy, right after its charset", async ({
  page,
  allowConsole,
}) => {
  allowConsole(/TrustedHTML/);
  // The built page as a host without headers serves it.
  await page.route(
    (url) => url.pathname === "/",
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ status: 200, contentType: "text/html", body: await response.text() });
    },
  );
  const served = page.waitForResponse((response) => new URL(response.url()).pathname === "/");
  await page.goto("/");
  const response = await served;
  expect(response.headers()["content-security-policy"]).toBeUndefined();
  // Before any script or link of the page's head: in force before the page requests anything.
  expect(await response.text()).toMatch(
    /<head>\s*<meta charset="UTF-8" \/>\s*<meta http-equiv="Content-Security-Policy" /,
  );
  await expect(page.locator("svg [data-event-id]")).toHaveCount(19);
  // Trusted Types with no policy: a string at an HTML sink is refused, and reported as a violation.
  const refused = await page.evaluate(() => {
    try {
      new DOMParser().parseFromString("<b>a string</b>", "text/html");
      return false;
    } catch (error) {
      return error instanceof TypeError;
    }
  });
  expect(refused).toBe(true);
  expect(await takeCspViolations(page)).toEqual([expect.stringMatching(/^require-trusted-types-for /)]);
});
