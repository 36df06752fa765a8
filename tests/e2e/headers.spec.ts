import { SECURITY_HEADERS } from "../../scripts/contentSecurityPolicy.ts";
import { expect, test } from "./fixtures.ts";

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
