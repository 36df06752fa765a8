import { describe, expect, it } from "vitest";
import { onDemand } from "../../src/onDemand.ts";

describe("onDemand(): a module fetched when first needed", () => {
  it("fetches once, every caller sharing the promise, and keeps what arrived", async () => {
    let fetches = 0;
    const chunk = onDemand(() => Promise.resolve({ fetch: (fetches += 1) }));
    expect(chunk.loaded()).toBeNull();
    expect(fetches).toBe(0);
    const first = chunk.load();
    expect(chunk.load()).toBe(first);
    expect(await first).toEqual({ fetch: 1 });
    expect(chunk.loaded()).toBe(await first);
    expect(await chunk.load()).toBe(await first);
    expect(fetches).toBe(1);
  });

  it("tries a failed download again on the next call, and has nothing loaded meanwhile", async () => {
    let fetches = 0;
    const chunk = onDemand(() =>
      (fetches += 1) === 1 ? Promise.reject(new Error("offline")) : Promise.resolve("module"),
    );
    await expect(chunk.load()).rejects.toThrow("offline");
    expect(chunk.loaded()).toBeNull();
    expect(await chunk.load()).toBe("module");
    expect(chunk.loaded()).toBe("module");
    expect(fetches).toBe(2);
  });
});
