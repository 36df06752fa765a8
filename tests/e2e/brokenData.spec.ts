import { readFileSync } from "node:fs";
import { expect, serveFixture, test } from "./fixtures.ts";
import { expectIncompleteSaveNote } from "./expectIncompleteSave.ts";
import { holdChunk } from "./holdChunk.ts";
import { savedFile } from "./savedFile.ts";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { chunkUrl } from "../../scripts/chunkNames.mjs";

type Json = Record<string, unknown> & { shows: Json[]; sources: Json[]; events: Json[] };
const good = (): Json =>
  JSON.parse(readFileSync(new URL("../fixtures/good.json", import.meta.url), "utf8")) as Json;
const event = (d: Json, i: number) => d.events[i] as Json;

/** One broken dataset per kind of item-level violation: what breaks, and the path the warning must name. */
const ITEM_CASES: [string, (d: Json) => void, string][] = [
  ["a missing field", (d) => delete event(d, 0)["label"], "events[0].label"],
  ["a wrong type", (d) => (event(d, 0)["season"] = "one"), "events[0].season"],
  ["an unreadable date", (d) => (event(d, 0)["start"] = "soonish"), "events[0].start"],
  [
    "an end before its start",
    (d) => Object.assign(event(d, 0), { start: "2017-03", end: "2016-10" }),
    "events[0].end",
  ],
  ["a duplicate id", (d) => (event(d, 1)["id"] = "a-filming"), "events[1].id"],
  ["an unknown show", (d) => (event(d, 0)["show"] = "nobody"), "events[0].show"],
  [
    "an unknown source",
    (d) => (event(d, 0)["citations"] = [{ source: "nowhere", quote: "q" }]),
    "events[0].citations[0].source",
  ],
  ["a bad URL scheme", (d) => ((d.sources[0] as Json)["url"] = "javascript:alert(1)"), "sources[0].url"],
];

for (const [name, breakIt, path] of ITEM_CASES) {
  test(`${name}: the item is left out with its path, and the rest still draws`, async ({ page }) => {
    const dataset = good();
    // A third, valid event that nothing above breaks, with its own source.
    dataset.sources.push({ ...(dataset.sources[0] as Json), id: "two", url: "https://example.com/two" });
    dataset.events.push({
      ...event(dataset, 1),
      id: "survivor",
      label: "Survivor",
      citations: [{ source: "two", quote: "q" }],
    });
    breakIt(dataset);
    await serveFixture(page, "broken.json", JSON.stringify(dataset));
    await page.goto("/?data=/fixtures/broken.json");
    const warning = page.getByRole("region", { name: /left out/ });
    await expect(warning).toContainText(path);
    await expect(page.locator('svg [data-event-id="survivor"]')).toBeVisible();
  });
}

test("?data= with a bad event: the Save buttons' note is in place before they load, and the chart does not move", async ({
  page,
}) => {
  const dataset = good();
  event(dataset, 0)["start"] = "soonish";
  await serveFixture(page, "broken.json", JSON.stringify(dataset));
  // The menu's chunk is held until the chart is drawn and measured: its stand-in holds the note's line too.
  const release = await holdChunk(page, "ExportMenu");
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto("/?data=/fixtures/broken.json");
  const chart = page.getByRole("group", { name: /^Timeline: / });
  await chart.waitFor();
  await expect(page.locator(".export[aria-hidden] .export-note")).toBeVisible();
  const before = (await chart.boundingBox())?.y;
  release();
  await expectIncompleteSaveNote(page, 2, ["Save JSON", "Save CSV"]);
  await expect(page.locator(".export[aria-hidden]")).toHaveCount(0);
  expect((await chart.boundingBox())?.y).toBe(before);
});

test("?data= with a bad event: the Save buttons say the CSV and JSON hold only what was read", async ({
  page,
}) => {
  const dataset = good();
  // Its event is left out, and so is the other's relation to it.
  event(dataset, 0)["start"] = "soonish";
  await serveFixture(page, "broken.json", JSON.stringify(dataset));
  await page.goto("/?data=/fixtures/broken.json");
  await expectIncompleteSaveNote(page, 2, ["Save JSON", "Save CSV"]);
  expect((await savedFile(page, "Save JSON")).name).toBe("broken-incomplete.json");
});

test("a look-alike host: the source is kept, and warned of with the host its link goes to", async ({
  page,
}) => {
  const dataset = good();
  (dataset.sources[0] as Json)["url"] = "https://netflіx.com/news"; // a Cyrillic "і"
  await serveFixture(page, "lookalike.json", JSON.stringify(dataset));
  await page.goto("/?data=/fixtures/lookalike.json");
  // Kept, so not said to be left out: listed as shown but worth checking.
  const warning = page.getByRole("region", { name: "Shown, but worth checking (1)" });
  await expect(warning).toContainText("sources[0].url");
  await expect(warning).toContainText("mixes Latin and Cyrillic letters");
  await expect(warning).toContainText("the link goes to xn--netflx-tvf.com");
  await expect(page.locator('svg [data-event-id="a-filming"]')).toBeVisible();
  await expect(page.getByRole("region", { name: /left out/ })).toHaveCount(0);
});

test("an unknown key: the item is drawn without it, and the key warned of with the one it likely means", async ({
  page,
}) => {
  const dataset = good();
  // Written the British way: before, it cost the show and all its events.
  const { color, ...show } = dataset.shows[0] as Json;
  dataset.shows[0] = { ...show, colour: color };
  await serveFixture(page, "colour.json", JSON.stringify(dataset));
  await page.goto("/?data=/fixtures/colour.json");
  const warning = page.getByRole("region", { name: "Shown, but worth checking (1)" });
  await expect(warning).toContainText(
    'shows[0].colour (id show-a): unknown key "colour" (did you mean "color"?) (ignored)',
  );
  await expect(page.locator('svg [data-event-id="a-filming"]')).toBeVisible();
  await expect(page.getByRole("region", { name: /left out/ })).toHaveCount(0);
});

const FILE_CASES: [string, string, RegExp][] = [
  ["not JSON at all", "{ nope", /not valid JSON/],
  // Another kind of file: what it looks like, not the parser's "<".
  [
    "a server's error page",
    "<html>not json</html>",
    /looks like a web page \(HTML\), not JSON\. A server may/,
  ],
  ["a page's script", 'import{a as b,c as d}from"./app.js";', /looks like a script \(JavaScript\), not JSON/],
  // A slip of hand-editing is said in plain words, as the open dialog says it.
  [
    "a comma after the last entry",
    '{\n  "shows": [],\n  "sources": [],\n  "events": [],\n}',
    /Line 4, column 15: a comma before "}": JSON takes none after the last entry; delete it\./,
  ],
  ["an empty file", "", /empty/],
  // A spreadsheet behind a name that is not .csv: what it is and what to do, not the parser's token.
  [
    "a spreadsheet named .json",
    "event id,show,season,kind\nx,daredevil,1,release\n",
    /looks like a spreadsheet saved as CSV, not JSON: name it \.csv and it is read as one/,
  ],
  ["no events array", JSON.stringify({ shows: [], sources: [] }), /no "events" array/],
];

for (const [name, body, message] of FILE_CASES) {
  test(`${name}: an error screen says what is wrong`, async ({ page }) => {
    await serveFixture(page, "broken.json", body);
    await page.goto("/?data=/fixtures/broken.json");
    await expect(page.getByRole("alert")).toContainText(message);
  });
}

test("a ?data= spreadsheet named .csv is read as the open dialog reads it, and drawn", async ({ page }) => {
  await page.goto("/?data=/data/template.csv");
  await expect(page.locator('svg [data-event-id="daredevil-1-release"]')).toBeVisible();
  await expect(page.getByRole("region", { name: /left out/ })).toHaveCount(0);
});

test("a 404 offers a retry, which loads the dataset once it is there", async ({ page, allowConsole }) => {
  allowConsole(/status of 404/);
  let available = false;
  const body = readFileSync(new URL("../fixtures/good.json", import.meta.url), "utf8");
  await page.route(
    (url) => url.pathname === "/fixtures/late.json",
    (route) =>
      available
        ? route.fulfill({ status: 200, contentType: "application/json", body })
        : route.fulfill({ status: 404, body: "" }),
  );
  await page.goto("/?data=/fixtures/late.json");
  await expect(page.getByRole("alert")).toContainText("404");
  available = true;
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.locator('svg [data-event-id="a-filming"]')).toBeVisible();
});

test("a 50 MB dataset is refused with its size, not left to stall the page", async ({ page }) => {
  // Served by a server of its own, as a real one sends it: handed to the page through a Playwright route,
  // 50 MB took over 15 s to arrive on a busy machine, and the page then rightly reported a stalled download.
  const size = 50 * 1024 * 1024;
  const chunk = Buffer.alloc(1024 * 1024, "x");
  const server = createServer((_, response) => {
    response.writeHead(200, { "Content-Type": "application/json", "Content-Length": String(size) });
    let sent = 0;
    const more = () => {
      while (sent < size) {
        sent += chunk.length;
        if (!response.write(chunk)) return void response.once("drain", more);
      }
      response.end();
    };
    more();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await page.route(
      (url) => url.pathname === "/fixtures/huge.json",
      (route) => route.continue({ url: `http://127.0.0.1:${port}/huge.json` }),
    );
    await page.goto("/?data=/fixtures/huge.json");
    await expect(page.getByRole("alert")).toContainText(/50\.0 MB; datasets over 40\.0 MB are refused/);
  } finally {
    // Once the connections end: cut mid-body, the browser would log a length mismatch.
    server.close();
  }
});

test("a dataset with no problem is drawn without downloading the validator; one with a problem fetches it to say what", async ({
  page,
}) => {
  const validator: string[] = [];
  page.on("request", (request) => {
    if (chunkUrl("parseDataset").test(request.url())) validator.push(request.url());
  });
  await page.goto("/");
  await expect(page.locator("svg [data-event-id]").first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(validator).toEqual([]);

  const dataset = good();
  event(dataset, 0)["show"] = "nobody";
  await serveFixture(page, "broken.json", JSON.stringify(dataset));
  await page.goto("/?data=/fixtures/broken.json");
  await expect(page.getByRole("region", { name: /left out/ })).toContainText("events[0].show");
  expect(validator).toHaveLength(1);
});
