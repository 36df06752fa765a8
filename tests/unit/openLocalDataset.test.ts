import { QueryClient } from "@tanstack/react-query";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { openLocalDataset } from "../../src/components/openLocalDataset.ts";

const GOOD_JSON = readFileSync(resolve(import.meta.dirname, "../fixtures/good.json"), "utf8");
const file = (name: string) => new File([GOOD_JSON], name, { type: "application/json" });

describe("a dataset opened from this device", () => {
  it("stays in memory while the page is open, since it cannot be fetched again; an older one not shown goes", async () => {
    const client = new QueryClient();
    const first = await openLocalDataset([file("a.json")], client);
    const second = await openLocalDataset([file("b.json")], client);
    expect(second).toMatchObject({ name: "b.json", events: first.events });
    const cached = (key: string) => client.getQueryCache().find({ queryKey: ["dataset", key], exact: true });
    expect(cached(second.key)?.gcTime).toBe(Infinity);
    expect(cached(first.key)).toBeUndefined();
  });
});
