import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, withCspMeta } from "../../scripts/contentSecurityPolicy.ts";

const page = [
  "<!doctype html>",
  "<html>",
  "  <head>",
  '    <meta charset="UTF-8" />',
  '    <script async type="module" src="/assets/index.js"></script>',
  '    <link rel="stylesheet" href="/assets/index.css">',
  "  </head>",
  '  <body><div id="root"></div></body>',
  "</html>",
].join("\n");
const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;

describe("withCspMeta()", () => {
  it("puts the policy right after the charset, ahead of the page's script and stylesheet", () => {
    const built = withCspMeta(page);
    expect(built.split(meta)).toHaveLength(2);
    expect(built).toContain(`<meta charset="UTF-8" />\n    ${meta}\n    <script`);
    // Nothing else changes.
    expect(built.replace(`\n    ${meta}`, "")).toBe(page);
  });

  it("fails the build on a page without exactly one charset line, rather than ship it without the policy", () => {
    expect(() => withCspMeta(page.replace('<meta charset="UTF-8" />', '<meta charset="utf-8">'))).toThrow(
      /exactly one <meta charset/,
    );
    expect(() => withCspMeta(`${page}\n<meta charset="UTF-8" />`)).toThrow(/exactly one <meta charset/);
  });
});
