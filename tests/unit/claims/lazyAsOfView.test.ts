import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import type * as AsOfViewModule from "../../../src/model/asOfView.ts";
import { timelineItems } from "../../../src/model/timelineItems.ts";
import { cite, dataset, day, event } from "./build.ts";

// tests/setup.ts loads the reader of claims for every other test; each test here starts from fresh modules,
// as a page does, with asOfView.ts counted as it is fetched.
async function freshPage() {
  vi.resetModules();
  const fetched = { count: 0 };
  vi.doMock("../../../src/model/asOfView.ts", async (importOriginal) => {
    fetched.count += 1;
    return importOriginal();
  });
  const { lazyAsOfView } = await import("../../../src/model/lazyAsOfView.ts");
  const { prepareDatasetText } = await import("../../../src/model/prepareDataset.ts");
  const { asOfView } = await vi.importActual<typeof AsOfViewModule>("../../../src/model/asOfView.ts");
  return { fetched, lazyAsOfView, prepareDatasetText, asOfView };
}

afterEach(() => {
  vi.doUnmock("../../../src/model/asOfView.ts");
  vi.resetModules();
});

/** Cited by pages of 17 January and 11 May 2016, neither with a claim of its own. */
const plain = dataset([event("a", [cite("early")], { start: "2016-10" }), event("b", [cite("may11")])]);
/** Its first page said 2017; the second, dated October 2016. */
const claimed = dataset([
  event("a", [cite("early", { claim: { start: "2017" } }), cite("may11")], { start: "2016-10" }),
]);

describe("lazyAsOfView(): the reader of claims loaded when a day first needs it", () => {
  it("gives a dataset without claims as it is from its last page's day on, without fetching the reader", async () => {
    const page = await freshPage();
    const items = timelineItems(plain);
    const asOf = page.lazyAsOfView(plain, items);
    expect(asOf.readsClaims).toBe(false);
    expect(asOf.view(Infinity)).toEqual({ dataset: plain, items, overlays: new Map() });
    expect(asOf.view(day(2016, 5, 11))?.items).toBe(items);
    // The same object every time: nothing downstream is redone.
    expect(asOf.view(day(2020, 1, 1))).toBe(asOf.view(Infinity));
    expect(page.fetched.count).toBe(0);
  });

  it("has no view of an earlier day until load(), then asOfView's, whose function it gives", async () => {
    const page = await freshPage();
    const asOf = page.lazyAsOfView(plain, timelineItems(plain));
    expect(asOf.view(day(2016, 5, 10))).toBeNull();
    const loading = asOf.load();
    // One promise for every caller, so that a render waiting on it finds it settled when it resumes.
    expect(asOf.load()).toBe(loading);
    const views = await loading;
    expect(page.fetched.count).toBe(1);
    expect(asOf.view(day(2016, 5, 10))).toBe(views(day(2016, 5, 10)));
    expect(asOf.view(day(2016, 5, 10))?.items.map((i) => i.id)).toEqual(["a"]);
    expect(asOf.view(day(2016, 1, 16))?.items).toEqual([]);
  });

  it("has no view of any day of a dataset with claims until load(), then asOfView's", async () => {
    const page = await freshPage();
    const items = timelineItems(claimed);
    const asOf = page.lazyAsOfView(claimed, items);
    expect(asOf.readsClaims).toBe(true);
    expect(asOf.view(Infinity)).toBeNull();
    await asOf.load();
    const expected = page.asOfView(claimed, items);
    for (const on of [day(2016, 3, 1), day(2016, 5, 11), Infinity]) {
      const view = asOf.view(on);
      expect(view?.dataset).toEqual(expected(on).dataset);
      expect(view?.overlays).toEqual(expected(on).overlays);
    }
    // As of March 2016 the event was said to start in 2017: drawn there, with that report's date.
    expect(asOf.view(day(2016, 3, 1))?.dataset.events[0]?.start).toBe("2017");
  });

  it("is loaded by the page's preparation of a dataset with claims, and not of one without", async () => {
    const bundled = readFileSync(resolve(import.meta.dirname, "../../fixtures/claims.json"), "utf8");
    const good = readFileSync(resolve(import.meta.dirname, "../../fixtures/good.json"), "utf8");
    const page = await freshPage();
    const withoutClaims = await page.prepareDatasetText(good);
    expect(page.fetched.count).toBe(0);
    expect(withoutClaims.asOf.view(Infinity)?.dataset).toBe(withoutClaims.dataset);
    const withClaims = await page.prepareDatasetText(bundled);
    expect(page.fetched.count).toBe(1);
    expect(withClaims.asOf.view(Infinity)).not.toBeNull();
  });

  it("fetches a failed reader once more when next asked, then fails the same way until a retry is asked for", async () => {
    vi.resetModules();
    let fetches = 0;
    vi.doMock("../../../src/model/asOfView.ts", async (importOriginal) => {
      fetches += 1;
      if (fetches <= 2) throw new TypeError("Failed to fetch dynamically imported module");
      return importOriginal();
    });
    const { lazyAsOfView } = await import("../../../src/model/lazyAsOfView.ts");
    const { retryViews } = await import("../../../src/onDemand.ts");
    const asOf = lazyAsOfView(claimed, timelineItems(claimed));
    // The fetch after the first draw fails unseen; the first step asks again, with two callers waiting.
    await expect(asOf.load()).rejects.toThrow();
    const failed = asOf.load();
    expect(asOf.load()).toBe(failed);
    await expect(failed).rejects.toThrow();
    // A render asking again at once (React's use) gets the same failure: no download without end.
    expect(asOf.load()).toBe(failed);
    expect(fetches).toBe(2);
    retryViews();
    const views = await asOf.load();
    expect(views(day(2016, 5, 11)).dataset.events).toHaveLength(1);
    expect(fetches).toBe(3);
  });
});
