import { readFileSync } from "node:fs";
import { datasetJson } from "../../scripts/bench/generate.mjs";
import { expect, serveFixture, test, untilMarked } from "./fixtures.ts";

// The first draw's path: the page's first script starts the dataset's download and the app's, and the data
// is prepared (parsed, checked, made into items) as soon as it is in, while the app (React and the chart,
// the largest script) may still be on its way. Both must not wait for each other.

const APP_CHUNK = /\/assets\/app-[^/]+\.js$/;

test("the dataset is prepared while the app's script has not arrived yet", async ({ page }) => {
  await serveFixture(page, "load-order.json", datasetJson(1_000, 3));
  let prepared = false;
  // Hold the app's script until the dataset has been prepared (or 15 s have passed), then let it through.
  await page.route(APP_CHUNK, async (route) => {
    prepared = await untilMarked(page, "timeline:dataset-prepared", 15_000);
    await route.continue();
  });
  await page.goto("/?data=/fixtures/load-order.json");
  await expect(page.locator('svg[data-ready="true"] [data-event-id]').first()).toBeVisible({
    timeout: 30_000,
  });
  expect(prepared, "the dataset was prepared before the app's script came").toBe(true);
  // And in that order in the page's own record.
  const order = await page.evaluate(() =>
    performance
      .getEntriesByType("mark")
      .filter((m) => m.name.startsWith("timeline:"))
      .map((m) => m.name),
  );
  expect(order.slice(0, 2)).toEqual(["timeline:dataset-prepared", "timeline:first-draw"]);
});

test("React DOM's sentinel errors are made with error stacks paused, and stacks work once it is in", async ({
  page,
}) => {
  // Each Error the page makes notes its message and whether Error.stackTraceLimit was there
  // (resumeErrorStacks.ts says why). The limit's absence stands in for the parse V8 then skips.
  await page.addInitScript(() => {
    const made: { message: string; limited: boolean }[] = [];
    const probe = window as unknown as { errorsMade: typeof made; defaultLimit: number };
    probe.errorsMade = made;
    probe.defaultLimit = Error.stackTraceLimit;
    const note = (target: ErrorConstructor, args: unknown[]) =>
      made.push({ message: String(args[0]), limited: Object.hasOwn(target, "stackTraceLimit") });
    window.Error = new Proxy(Error, {
      apply(target, thisArg, args: unknown[]) {
        note(target, args);
        return Reflect.apply(target, thisArg, args) as Error;
      },
      construct(target, args: unknown[], newTarget) {
        note(target, args);
        return Reflect.construct(target, args, newTarget) as object;
      },
    });
  });
  await page.goto("/");
  await expect(page.locator('svg[data-ready="true"] [data-event-id]').first()).toBeVisible();
  const seen = await page.evaluate(() => {
    const { errorsMade, defaultLimit } = window as unknown as {
      errorsMade: { message: string; limited: boolean }[];
      defaultLimit: number;
    };
    return { errorsMade, defaultLimit, limit: Error.stackTraceLimit, stack: new Error("after").stack ?? "" };
  });
  const reactDoms = seen.errorsMade.filter((e) =>
    /Minified React error #(460|461|474|519|542)\b/.test(e.message),
  );
  expect(reactDoms).toHaveLength(5);
  expect(reactDoms.map((e) => e.limited)).toEqual([false, false, false, false, false]);
  expect(seen.limit).toBe(seen.defaultLimit);
  expect(seen.stack).toContain("at ");
});

test("a lazy view's imports are preloaded beside it, each once, and the page's own files not again", async ({
  page,
}) => {
  const manifest = JSON.parse(readFileSync("dist/.vite/manifest.json", "utf8")) as Record<
    string,
    { file: string; imports?: string[] }
  >;
  const table = manifest["src/components/DatasetTable.tsx"];
  const imports = (table?.imports ?? []).map((key) => manifest[key]?.file ?? key);
  const own = imports.filter((file) => !/^assets\/(app|rt|prepareDataset|index)-/.test(file));
  expect(own.length, "the table's chunk imports chunks of its own").toBeGreaterThan(0);
  await page.goto("/");
  await expect(page.locator('svg[data-ready="true"] [data-event-id]').first()).toBeVisible();
  const preloaded = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map(
        (link) => new URL(link.href).pathname,
      ),
    );
  const before = await preloaded();
  for (let round = 0; round < 2; round++) {
    await page.getByRole("button", { name: "Table", exact: true }).click();
    await expect(page.locator(".dataset-table")).toBeVisible();
    await page.getByRole("button", { name: "Chart", exact: true }).click();
  }
  const after = await preloaded();
  const added = after.slice(before.length);
  // Each preloaded once: some already were, by a chunk the first draw loaded (the tooltip's).
  for (const file of own) expect(after, file).toContain(`/${file}`);
  expect(added.length, "the table's own imports not yet preloaded are").toBeGreaterThan(0);
  expect(new Set(after).size, "no file is preloaded twice").toBe(after.length);
  // Nothing the page itself names: its script, the app, the runtime, the prepare chunk.
  expect(added.filter((path) => /\/assets\/(app|rt|prepareDataset|index)-/.test(path))).toEqual([]);
});
