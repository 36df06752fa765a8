import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { QueryClient, QueryObserver, type MutationCache as RealMutationCache } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { MutationCache } from "../../src/model/noMutationCache.ts";
import { infiniteQueryBehavior } from "../../src/model/noInfiniteQueries.ts";

// The production build gives TanStack Query these instead of its own (vite.config.ts, STAND_INS): the app
// fetches its dataset and never mutates or pages. These tests read the library's code as installed, so an
// update that calls the cache or the behaviour differently fails here, not in a reader's browser.
const coreDir = dirname(createRequire(import.meta.url).resolve("@tanstack/query-core"));
const source = (file: string) => readFileSync(join(coreDir, file), "utf8");

describe("the build's TanStack Query stand-ins", () => {
  it("have every method QueryClient calls on its mutation cache", () => {
    const called = [...source("queryClient.js").matchAll(/#mutationCache\.(\w+)/g)].map((m) => m[1]);
    expect(called.length).toBeGreaterThan(0);
    for (const method of new Set(called)) {
      expect(typeof Reflect.get(MutationCache.prototype, method ?? ""), method).toBe("function");
    }
  });

  it("let a QueryClient mount, fetch, refocus and clear with no mutation cache of its own", async () => {
    const client = new QueryClient({
      mutationCache: new MutationCache() as unknown as RealMutationCache,
    });
    client.mount();
    const observer = new QueryObserver(client, { queryKey: ["dataset"], queryFn: () => 42 });
    const stop = observer.subscribe(() => {});
    await expect(client.fetchQuery({ queryKey: ["dataset"], queryFn: () => 42 })).resolves.toBe(42);
    expect(client.isMutating()).toBe(0);
    await expect(client.resumePausedMutations()).resolves.toBeUndefined();
    stop();
    client.clear();
    client.unmount();
    expect(client.getQueryData(["dataset"])).toBeUndefined();
  });

  it("stand in for the paged behaviour only where a query is infinite", () => {
    const uses = [...source("query.js").matchAll(/infiniteQueryBehavior\(/g)];
    expect(uses).toHaveLength(1);
    expect(source("query.js")).toContain('=== "infinite" ? infiniteQueryBehavior(');
    expect(() => infiniteQueryBehavior()).toThrow(/no infinite queries/);
    expect(() => new MutationCache().build()).toThrow(/no mutations/);
  });
});
