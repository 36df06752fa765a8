import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { SECURITY_HEADERS } from "../../scripts/contentSecurityPolicy.ts";
import config from "../../vite.config.ts";

const root = resolve(import.meta.dirname, "../..");

describe("the security headers", () => {
  it("forbid framing, sniffing and referrers, and switch off powerful features", () => {
    expect(SECURITY_HEADERS["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(Object.keys(SECURITY_HEADERS)).toEqual(
      expect.arrayContaining([
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Permissions-Policy",
        "X-Frame-Options",
      ]),
    );
  });

  it("are what npm run preview sends", () => {
    expect(config.preview?.headers).toEqual(SECURITY_HEADERS);
  });

  it("are shipped unchanged in public/_headers for static hosts", () => {
    const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
    expect(readFileSync(resolve(root, "public/_headers"), "utf8")).toBe(`/*\n${lines.join("\n")}\n`);
  });

  it("are given unchanged in docs/security.md's nginx snippet", () => {
    const docs = readFileSync(resolve(root, "docs/security.md"), "utf8");
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(docs).toContain(`add_header ${name} "${value}" always;`);
    }
  });
});
