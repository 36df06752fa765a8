import { describe, expect, it, vi } from "vitest";
import { lazyMap } from "../../src/model/lazyMap.ts";

describe("lazyMap()", () => {
  it("builds its map on the first lookup, once, and then answers as the map does", () => {
    const build = vi.fn(
      () =>
        new Map([
          ["a", 1],
          ["b", 2],
        ]),
    );
    const map = lazyMap(build);
    expect(build).not.toHaveBeenCalled();
    expect(map.get("b")).toBe(2);
    expect(map.has("c")).toBe(false);
    expect(map.size).toBe(2);
    expect([...map]).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
    expect([...map.keys()]).toEqual(["a", "b"]);
    const seen: [string, number][] = [];
    map.forEach((value, key, self) => {
      expect(self).toBe(map);
      seen.push([key, value]);
    });
    expect(seen).toEqual([...map.entries()]);
    expect(build).toHaveBeenCalledTimes(1);
  });
});
