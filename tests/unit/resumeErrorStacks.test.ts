import { afterEach, describe, expect, it, vi } from "vitest";

describe("resumeErrorStacks", () => {
  const limit = Error.stackTraceLimit;
  afterEach(() => {
    Error.stackTraceLimit = limit;
    vi.doUnmock("react-dom/client");
    vi.resetModules();
  });

  it("importing it takes Error.stackTraceLimit away, and resumeErrorStacks() puts it back", async () => {
    Error.stackTraceLimit = 7;
    vi.resetModules();
    const { resumeErrorStacks } = await import("../../src/resumeErrorStacks.ts");
    expect(Object.hasOwn(Error, "stackTraceLimit")).toBe(false);
    expect(new Error("paused").stack).toBeUndefined();
    resumeErrorStacks();
    expect(Error.stackTraceLimit).toBe(7);
    expect(new Error("resumed").stack).toContain("at ");
  });

  it("makes no Error.stackTraceLimit where the browser has none", async () => {
    Reflect.deleteProperty(Error, "stackTraceLimit");
    vi.resetModules();
    const { resumeErrorStacks } = await import("../../src/resumeErrorStacks.ts");
    resumeErrorStacks();
    expect(Object.hasOwn(Error, "stackTraceLimit")).toBe(false);
  });

  it("React DOM's client is evaluated with the stacks paused, and they are back once it is in", async () => {
    let pausedWhileEvaluated: boolean | undefined;
    vi.doMock("react-dom/client", () => {
      pausedWhileEvaluated = !Object.hasOwn(Error, "stackTraceLimit");
      return { createRoot: () => undefined };
    });
    vi.resetModules();
    const { createRoot } = await import("../../src/reactDomClient.ts");
    expect(typeof createRoot).toBe("function");
    expect(pausedWhileEvaluated).toBe(true);
    expect(Error.stackTraceLimit).toBe(limit);
  });
});
