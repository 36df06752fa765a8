import { afterEach, describe, expect, it, vi } from "vitest";

describe("pausedErrorStacks", () => {
  const limit = Error.stackTraceLimit;
  afterEach(() => {
    Error.stackTraceLimit = limit;
    vi.resetModules();
  });

  it("takes Error.stackTraceLimit away while loaded, and resumeErrorStacks() puts it back", async () => {
    Error.stackTraceLimit = 7;
    vi.resetModules();
    const { resumeErrorStacks } = await import("../../src/pausedErrorStacks.ts");
    expect(Object.hasOwn(Error, "stackTraceLimit")).toBe(false);
    expect(new Error("paused").stack).toBeUndefined();
    resumeErrorStacks();
    expect(Error.stackTraceLimit).toBe(7);
    expect(new Error("resumed").stack).toContain("at ");
  });

  it("is over once React DOM's client has loaded", async () => {
    vi.resetModules();
    const { createRoot } = await import("../../src/reactDomClient.ts");
    expect(typeof createRoot).toBe("function");
    expect(Error.stackTraceLimit).toBe(limit);
  });
});
