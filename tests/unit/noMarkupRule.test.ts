import { ESLint } from "eslint";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, "../..") });

async function ruleIds(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: "src/components/Example.tsx" });
  return (result?.messages ?? []).map((m) => m.ruleId ?? "");
}

describe("the no-markup lint rule", () => {
  it.each([
    [
      "dangerouslySetInnerHTML",
      "export const A = (p: { s: string }) => <div dangerouslySetInnerHTML={{ __html: p.s }} />;\n",
    ],
    ["innerHTML", "export function f(el: HTMLElement, s: string) {\n  el.innerHTML = s;\n}\n"],
    ["outerHTML", "export function f(el: HTMLElement, s: string) {\n  el.outerHTML = s;\n}\n"],
    [
      "insertAdjacentHTML",
      'export function f(el: HTMLElement, s: string) {\n  el.insertAdjacentHTML("beforeend", s);\n}\n',
    ],
    ["d3 .html()", "export function f(sel: { html: (s: string) => void }, s: string) {\n  sel.html(s);\n}\n"],
  ])("fails the lint on %s", async (_, code) => {
    expect(await ruleIds(code)).toContain("no-restricted-syntax");
  });

  it("lets text through", async () => {
    expect(await ruleIds("export const A = (p: { s: string }) => <div>{p.s}</div>;\n")).not.toContain(
      "no-restricted-syntax",
    );
  });
}, 30_000);
