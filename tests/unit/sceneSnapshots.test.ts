import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { Show } from "../../src/data/schema.ts";
import { windowTransform, type TimeWindow } from "../../src/dates/zoomWindow.ts";
import { drawnRange } from "../../src/layout/overscan.ts";
import { indexLayout, visibleItems } from "../../src/layout/visibleItems.ts";
import { DARK, LIGHT, type ChartPalette } from "../../src/model/chartPalette.ts";
import { datasetOverview } from "../../src/model/datasetOverview.ts";
import { morePalette } from "../../src/model/morePalette.ts";
import { showColors } from "../../src/model/showColors.ts";
import { prepareDataset, viewOn } from "./prepareText.ts";
import type { TimelineItem } from "../../src/model/timelineItems.ts";
import { buildScene } from "../../src/scene/buildScene.ts";
import { chartFrame } from "../../src/scene/chartFrame.ts";
import { chartLayout } from "../../src/scene/chartLayout.ts";
import { overlayKinds } from "../../src/scene/overlayKinds.ts";
import { ACTUAL_Y, GHOST_Y, overlayInstants, type SceneOverlay } from "../../src/scene/overlayParts.ts";
import type { Scene, SceneMark, SceneRow } from "../../src/scene/scene.ts";
import { sceneSvg } from "../../src/scene/sceneSvg.ts";
import { event, items as itemsOf, SHOWS } from "./timeline/build.ts";
import { cite, dataset as claimsDataset, day as claimDay, event as claimEvent } from "./claims/build.ts";
import { datasetAsOf } from "../../src/model/datasetAsOf.ts";
import { itemOverlays } from "../../src/model/itemOverlays.ts";
import { timelineItems } from "../../src/model/timelineItems.ts";

const root = resolve(import.meta.dirname, "../..");
const SNAPSHOTS = resolve(import.meta.dirname, "__scenes__");

interface View {
  readonly width: number;
  readonly window?: TimeWindow;
  readonly palette?: ChartPalette;
  readonly overlay?: SceneOverlay;
  /** Fit the overlay's instants into the time domain, as the chart does. */
  readonly fitOverlay?: boolean;
}

/** The whole pipeline, as the chart runs it: items → layout → the items in view → the scene. */
function scene(
  items: readonly TimelineItem[],
  shows: readonly Show[],
  colors: ReadonlyMap<string, string>,
  latestReport: number | null,
  view: View,
): Scene {
  const frame = chartFrame(view.width);
  const { base, layout, maxK } = chartLayout(
    items,
    shows,
    frame,
    latestReport,
    view.fitOverlay ? overlayInstants(items, view.overlay) : [],
  );
  const t = view.window
    ? windowTransform(base, new Date(view.window.from), new Date(view.window.to), maxK)
    : { k: 1, x: 0 };
  const [x0, x1] = drawnRange(t, frame.plotWidth);
  const drawn = visibleItems(indexLayout(layout.placed), -Infinity, Infinity, x0, x1);
  const palette = view.palette ?? LIGHT;
  return buildScene({
    layout,
    drawn,
    base,
    transform: t,
    frame,
    colors,
    palette,
    latestReport,
    ...(view.overlay ? { overlay: view.overlay } : {}),
  });
}

/**
 * Compares an SVG with its stored snapshot. A missing snapshot is written (review it, then commit it); a
 * changed one fails, and the new text is written beside it as `.actual.svg` to diff or to copy over.
 */
function expectSnapshot(name: string, svg: string) {
  const file = resolve(SNAPSHOTS, `${name}.svg`);
  const actual = resolve(SNAPSHOTS, `${name}.actual.svg`);
  if (!existsSync(file)) {
    writeFileSync(file, `${svg}\n`);
    return;
  }
  const expected = readFileSync(file, "utf8");
  if (expected === `${svg}\n`) {
    rmSync(actual, { force: true });
    return;
  }
  writeFileSync(actual, `${svg}\n`);
  expect.fail(`the scene ${name} changed: compare ${name}.actual.svg with ${name}.svg`);
}

const bundled = prepareDataset(readFileSync(resolve(root, "public/data/timeline.json"), "utf8"));
const overview = { ...datasetOverview(bundled.dataset, bundled.items), colors: bundled.colors };

describe("the bundled dataset's scene", () => {
  const bundledScene = (view: View) =>
    scene(bundled.items, bundled.dataset.shows, overview.colors, overview.latestReport, view);
  it.each<[string, View]>([
    ["bundled-1120", { width: 1120 }],
    ["bundled-1120-dark", { width: 1120, palette: DARK }],
    ["bundled-390", { width: 390 }],
    ["bundled-1120-2016", { width: 1120, window: { from: "2016-03-01", to: "2016-12-31" } }],
  ])("%s", (name, view) => {
    const s = bundledScene(view);
    expectSnapshot(name, sceneSvg(s, { palette: view.palette ?? LIGHT }));
  });

  it("with more contrast asked (morePalette), draws each faded span at 0.6 and its minor grid lines as the major ones, nothing else", () => {
    const svg = (palette: ChartPalette) => sceneSvg(bundledScene({ width: 1120, palette }), { palette });
    const plain = svg(LIGHT);
    const more = svg(morePalette(LIGHT));
    const faded = plain.match(/fill-opacity="0.35"/g)?.length ?? 0;
    expect(faded).toBeGreaterThan(5);
    expect(more.match(/fill-opacity="0.6"/g)).toHaveLength(faded);
    expect(more).not.toContain('fill-opacity="0.35"');
    expect(more).not.toContain(LIGHT.grid);
    expect(
      more.replaceAll('fill-opacity="0.6"', 'fill-opacity="0.35"').replaceAll(LIGHT.gridMajor, "GRID"),
    ).toBe(plain.replaceAll(LIGHT.gridMajor, "GRID").replaceAll(LIGHT.grid, "GRID"));
  });

  it("labels every item at the default desktop view", () => {
    const s = bundledScene({ width: 1120 });
    expect(s.marks).toHaveLength(bundled.items.length);
    expect(s.marks.filter((m) => m.label === null).map((m) => m.id)).toEqual([]);
  });

  it("keeps a label shown at every closer zoom", () => {
    const shownAt = (window: TimeWindow | undefined) =>
      new Set(
        bundledScene({ width: 1120, ...(window ? { window } : {}) }).marks.flatMap((m) =>
          m.label ? [m.id] : [],
        ),
      );
    const wide = shownAt(undefined);
    const close = shownAt({ from: "2016-03-01", to: "2016-12-31" });
    const onScreen = bundledScene({
      width: 1120,
      window: { from: "2016-03-01", to: "2016-12-31" },
    }).marks.filter((m) => m.placement.at === "shelf" || (m.x1 > 0 && m.x0 < chartFrame(1120).plotWidth));
    for (const m of onScreen) if (wide.has(m.id) && m.x0 >= 0) expect(close.has(m.id)).toBe(true);
  });
});

describe("ghosts and outcomes on the bundled dataset's scene", () => {
  const asOfScene = (day: number, actual: boolean, palette: ChartPalette = LIGHT, fitOverlay = false) => {
    const { dataset, items, overlays } = viewOn(bundled, day);
    const { latestReport } = datasetOverview(dataset, items);
    const colors = showColors(dataset.shows);
    return scene(items, dataset.shows, colors, latestReport, {
      width: 1120,
      palette,
      overlay: { byId: overlays, actual },
      fitOverlay,
    });
  };
  const MAY_11 = Date.UTC(2016, 4, 11);
  const jjProduction = (s: Scene) => s.marks.find((m) => m.id === "jessica-jones-2-production");

  it.each<[string, number, boolean, ChartPalette]>([
    ["overlay-2016-05-11", MAY_11, false, LIGHT],
    ["overlay-end-actual", Infinity, true, LIGHT],
    ["overlay-end-actual-dark", Infinity, true, DARK],
  ])("%s", (name, day, actual, palette) => {
    expectSnapshot(name, sceneSvg(asOfScene(day, actual, palette, true), { palette }));
  });

  it("draws no ghost on 2 May 2016, and the 2017 claim as one on 11 May", () => {
    const ghosts = (s: Scene) => jjProduction(s)?.parts.filter((p) => p.dash === "3 2") ?? [];
    expect(ghosts(asOfScene(Date.UTC(2016, 4, 2), false))).toHaveLength(0);
    expect(ghosts(asOfScene(MAY_11, false))).toHaveLength(1);
    expect(jjProduction(asOfScene(MAY_11, false))?.name).toContain("was 2017 (Player.One)");
  });

  it("draws outcomes only with the toggle, and only once they are known", () => {
    // Luke Cage premiered on 30 September 2016: not known on 11 May.
    const lukeCage = (s: Scene) => s.marks.find((m) => m.id === "luke-cage-1-release")?.name ?? "";
    const outcomeParts = (s: Scene) =>
      s.marks
        .flatMap((m) => m.parts)
        .filter((p) => (p.type === "rect" ? p.y === ACTUAL_Y : p.d.startsWith(`M0,${ACTUAL_Y}`)));
    expect(lukeCage(asOfScene(Infinity, true))).toMatch(/premiered 30 September 2016/);
    expect(lukeCage(asOfScene(Infinity, false))).not.toMatch(/premiered/);
    expect(lukeCage(asOfScene(MAY_11, true))).not.toMatch(/premiered/);
    expect(outcomeParts(asOfScene(Infinity, false))).toHaveLength(0);
    expect(outcomeParts(asOfScene(Infinity, true)).length).toBeGreaterThan(
      outcomeParts(asOfScene(MAY_11, true)).length,
    );
  });

  it("keeps lanes and labels where they were without the overlay, at the same time domain", () => {
    const plain = asOfScene(Infinity, false);
    const shown = asOfScene(Infinity, true);
    expect(shown.height).toBe(plain.height);
    expect(shown.marks.map((m) => [m.id, m.y, m.label?.x])).toEqual(
      plain.marks.map((m) => [m.id, m.y, m.label?.x]),
    );
  });
});

describe("an undated item's outcome with Reported vs actual, on the bundled dataset", () => {
  // On 3 April 2017 the newest report on Jessica Jones season 2's filming gives no date (the shelf), and
  // Screen Rant's report of that day says filming started on 3 April 2017; on 20 March it was not known.
  const MAR_20 = Date.UTC(2017, 2, 20);
  const APR_3 = Date.UTC(2017, 3, 3);
  const FILMING = "jessica-jones-2-filming-before-defenders";
  const at = (day: number, actual: boolean) => {
    const { dataset, items, overlays } = viewOn(bundled, day);
    const { latestReport } = datasetOverview(dataset, items);
    const colors = showColors(dataset.shows);
    const overlay = { byId: overlays, actual };
    const frame = chartFrame(1120);
    const { base } = chartLayout(items, dataset.shows, frame, latestReport, overlayInstants(items, overlay));
    const s = scene(items, dataset.shows, colors, latestReport, { width: 1120, overlay, fitOverlay: true });
    return { scene: s, x: (ms: number) => base(ms), filming: s.marks.find((m) => m.id === FILMING) };
  };
  /** The outcome's triangle under a mark's glyph on the shelf. */
  const triangle = (m: SceneMark | undefined) =>
    m?.parts.some((p) => p.type === "path" && p.d.startsWith(`M0,${ACTUAL_Y}`)) ?? false;

  it("overlay-shelf-outcome-2017-04-03", () => {
    expectSnapshot("overlay-shelf-outcome-2017-04-03", sceneSvg(at(APR_3, true).scene, { palette: LIGHT }));
  });

  it("puts the outcome's triangle under the shelf glyph, and its day and the order it missed in the name", () => {
    const { filming } = at(APR_3, true);
    expect(filming?.placement.at).toBe("shelf");
    expect(triangle(filming)).toBe(true);
    // Player.One's "before The Defenders": The Defenders began filming in October 2016.
    expect(filming?.name).toMatch(
      /date not announced.*; started 3 April 2017 \(Screen Rant\); Player\.One reported it before “The Defenders production begins”: it came after$/,
    );
  });

  it("lists the outcome, and no miss, in the legend when only a shelf item has one", () => {
    const { overlays } = viewOn(bundled, APR_3);
    const shelfOnly = [{ item: { id: FILMING }, placement: { at: "shelf" } }];
    expect(overlayKinds({ byId: overlays, actual: true }, shelfOnly)).toEqual(["actual"]);
    expect(overlayKinds({ byId: overlays, actual: false }, shelfOnly)).toEqual([]);
  });

  it("hides it before the day it was known, and with the toggle off", () => {
    const before = at(MAR_20, true).filming;
    expect(before?.placement.at).toBe("shelf");
    expect(triangle(before)).toBe(false);
    expect(before?.name).not.toMatch(/started/);
    expect(triangle(at(APR_3, false).filming)).toBe(false);
  });
});

describe("small fixtures' scenes", () => {
  const fixture = itemsOf([
    event("filming", {
      kind: "filming",
      season: 1,
      label: "Daredevil season 1 filming",
      start: "2016-02-01",
      end: "2016-05-15",
      certainty: "confirmed",
    }),
    event("production", {
      kind: "production",
      season: 1,
      label: "Daredevil season 1 production",
      start: "2016-01",
      end: "2016-06~",
      certainty: "reported",
    }),
    event("release", {
      kind: "release",
      season: 1,
      label: "Daredevil season 1 premieres",
      start: "2016-09-30",
      certainty: "confirmed",
      relations: [{ type: "after", event: "filming" }],
    }),
    event("fuzzy", {
      kind: "release",
      season: 2,
      label: "Daredevil season 2 premieres",
      start: "2017-21",
      certainty: "speculative",
    }),
    event("uncertain", {
      kind: "announcement",
      season: 2,
      label: "Season 2 announced",
      start: "2016-07?",
      certainty: "reported",
    }),
    event("open", {
      kind: "filming",
      show: "jessica-jones",
      season: 2,
      label: "Jessica Jones season 2 filming",
      start: "2016-11",
      end: null,
      certainty: "reported",
    }),
    event("before", {
      kind: "release",
      show: "jessica-jones",
      season: 1,
      label: "Jessica Jones season 1",
      start: "../2016-01-17",
      certainty: "confirmed",
    }),
    event("undated", {
      kind: "release",
      show: "luke-cage",
      season: 2,
      label: "Luke Cage season 2 premieres (date not announced)",
    }),
    event("undated-window", {
      kind: "production",
      show: "luke-cage",
      season: 2,
      label: "Luke Cage season 2 production",
    }),
  ]);
  const colors = new Map(
    SHOWS.map((show, i) => [show.id, ["#d03a2f", "#9b59d0", "#b27a00", "#1f9e5a"][i] ?? "#000"]),
  );
  const latest = Date.UTC(2016, 5, 1);
  it.each<[string, View]>([
    ["kinds-900", { width: 900 }],
    ["kinds-420", { width: 420 }],
    ["kinds-900-zoomed", { width: 900, window: { from: "2016-01-01", to: "2016-07-01" } }],
  ])("%s", (name, view) => {
    expectSnapshot(name, sceneSvg(scene(fixture, SHOWS, colors, latest, view), { palette: LIGHT }));
  });

  it("keeps every mark of a chart taller than 10,000 px inside the plot's clip (export)", () => {
    // 500 overlapping windows of one show: a lane each, about 14,000 px of rows.
    const tall = itemsOf(
      Array.from({ length: 500 }, (_, i) =>
        event(`w${i}`, { kind: "production", start: "2016-01-01", end: "2016-06-01" }),
      ),
    );
    const svg = sceneSvg(scene(tall, SHOWS, colors, null, { width: 900 }), { palette: LIGHT });
    const clip = /<clipPath id="[^"]+-plot"><rect x="0" y="(-?\d+)" width="[\d.]+" height="(\d+)"\/>/.exec(
      svg,
    );
    const ys = [...svg.matchAll(/<g data-event-id="w\d+" transform="translate\(0,([\d.]+)\)">/g)].map((m) =>
      Number(m[1]),
    );
    expect(ys).toHaveLength(500);
    expect(Math.max(...ys)).toBeGreaterThan(10_000);
    expect(Number(clip?.[1]) + Number(clip?.[2])).toBeGreaterThan(Math.max(...ys) + 14);
  });

  /** 60 overlapping windows of one show: a row of 60 lanes, far taller than a band exported. */
  const tallRow = () => {
    const tall = itemsOf(
      Array.from({ length: 60 }, (_, i) =>
        event(`w${i}`, { kind: "production", start: "2016-01-01", end: "2016-06-01" }),
      ),
    );
    const s = scene(tall, SHOWS, colors, null, { width: 900 });
    return { s, row: s.rows.find((r) => r.height > 1_000)! };
  };

  it("names the show of a row scrolled partly out of the exported band at the band's top (export)", () => {
    const { s, row } = tallRow();
    const titleY = (svg: string) =>
      Number(
        new RegExp(`<text x="8" y="([\\d.]+)"[^>]*><tspan[^>]*>■ </tspan>${row.title.text}<`).exec(svg)?.[1],
      );
    expect(titleY(sceneSvg(s, { palette: LIGHT }))).toBe(row.title.y);
    expect(titleY(sceneSvg(s, { palette: LIGHT, top: row.y + 500, height: 300 }))).toBe(row.title.y + 500);
  });

  it("holds only the rows in the exported band: their stripes, titles and season labels (export)", () => {
    const many = itemsOf(
      SHOWS.flatMap((show) =>
        Array.from({ length: 12 }, (_, i) =>
          event(`${show.id}-${i}`, {
            show: show.id,
            kind: "production",
            start: "2016-01-01",
            end: "2016-06-01",
          }),
        ),
      ),
    );
    const s = scene(many, SHOWS, colors, null, { width: 900 });
    const [first, second, third] = s.rows;
    // A band from the middle of the first row to just inside the second: those two rows only.
    const svg = sceneSvg(s, { palette: LIGHT, top: first!.y + 20, height: second!.y + 10 - (first!.y + 20) });
    const titled = (row: SceneRow) => svg.includes(`</tspan>${row.title.text}<`);
    expect([first, second, third].map((row) => titled(row!))).toEqual([true, true, false]);
    expect(svg.match(/<rect x="0" y="[\d.]+" width="900" height="[\d.]+" fill="[^"]+"\/>/g)).toHaveLength(2);
  });

  it("draws a title over the marks, as the page lays it: at its row's top with no face, stuck on its row's fill (export)", () => {
    const { s, row } = tallRow();
    const title = `<tspan fill="${row.swatch}">■ </tspan>${row.title.text}<`;
    const lastMark = (svg: string) => svg.lastIndexOf("<g data-event-id=");
    // At its row's top: after every mark (a connector or a label crossing it is under it), with no face.
    const atTop = sceneSvg(s, { palette: LIGHT });
    expect(atTop.indexOf(title)).toBeGreaterThan(lastMark(atTop));
    expect(atTop.slice(lastMark(atTop))).not.toMatch(/<rect x="0" y="[\d.]+" width="[\d.]+" height="19.8"/);
    // Stuck 500 px down the row: after every mark, on a face of the row's fill from the band's top.
    const stuck = sceneSvg(s, { palette: LIGHT, top: row.y + 500, height: 300 });
    expect(stuck.indexOf(title)).toBeGreaterThan(lastMark(stuck));
    const face = new RegExp(
      `<rect x="0" y="${row.y + 500}" width="([\\d.]+)" height="19.8" fill="${row.fill}"/>`,
    );
    const width = Number(face.exec(stuck.slice(lastMark(stuck)))?.[1]);
    // 8 px of padding, the words' width at 14 px bold, and 6 px: wider than the words, within the chart.
    expect(width).toBeGreaterThan(8 + 6 + row.title.text.length * 7);
    expect(width).toBeLessThan(400);
  });

  it("cuts a long show title short in the export, as the page does, not across the chart", () => {
    const long = `The Extraordinarily Long-Named Show ${"With A Title That Keeps Going On ".repeat(3)}Ending Here`;
    const shows = SHOWS.map((show, i) => (i === 0 ? { ...show, title: long } : show));
    const items = itemsOf([event("x", { start: "2016-01-01", show: SHOWS[0]!.id })]);
    const svg = sceneSvg(scene(items, shows, colors, null, { width: 1110 }), { palette: LIGHT });
    const title = /<tspan[^>]*>■ <\/tspan>([^<]*)</.exec(svg)?.[1] ?? "";
    expect(title).toMatch(/^The Extraordinarily Long-Named Show .*…$/);
    // 24rem at most, as .row-title is on screen: about 50 characters of 14 px bold.
    expect(title.length).toBeLessThan(56);
    expect(title.length).toBeGreaterThan(30);
  });

  it("writes dataset text as text, never as markup", () => {
    const hostile = itemsOf([event("x", { label: `<script>alert("1")</script> & co`, start: "2016-01-01" })]);
    const svg = sceneSvg(scene(hostile, SHOWS, colors, null, { width: 900 }), { palette: LIGHT });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;");
  });
});

describe("the overlay's instants", () => {
  it("fit an outcome after every report into the chart's time domain", () => {
    const { items, overlays } = viewOn(bundled, Infinity);
    const instants = overlayInstants(items, { byId: overlays, actual: true });
    // Jessica Jones season 2 premiered on 8 March 2018, after every reported date.
    expect(Math.max(...instants)).toBeGreaterThanOrEqual(Date.UTC(2018, 2, 8));
    expect(overlayInstants(items, { byId: overlays, actual: false })).toEqual([]);
  });
});

describe("ghosts on the shelf", () => {
  // A release "2017" on 2 May that no report dates any more on 11 May, and a production dated twice and then
  // not at all: both stand on the shelf, their earlier dates as ghosts. One stays dated, for comparison.
  const claims = claimsDataset([
    claimEvent(
      "dated",
      [cite("may2", { claim: { start: "2017" } }), cite("may11", { claim: { start: "2016-10" } })],
      {
        start: "2016-10",
        label: "Dated production",
      },
    ),
    claimEvent(
      "shelved",
      [cite("may2", { claim: { start: "2017" } }), cite("may11", { claim: { start: null } })],
      {
        kind: "release",
        label: "Shelved release",
      },
    ),
    claimEvent(
      "shelved-window",
      [
        cite("early", { claim: { start: "2016" } }),
        cite("may2", { claim: { start: "2017-06" } }),
        cite("may11", { claim: { start: null } }),
      ],
      { label: "Shelved production" },
    ),
  ]);
  const MAY_11 = claimDay(2016, 5, 11);
  const shown = timelineItems(datasetAsOf(claims, MAY_11));
  const overlay = { byId: itemOverlays(claims, MAY_11), actual: true };
  const colors = new Map([["show", "#d03a2f"]]);
  const shelfScene = (width: number) =>
    scene(shown, claims.shows, colors, MAY_11, { width, overlay, fitOverlay: true });
  const ghostsOf = (s: Scene, id: string) =>
    s.marks.find((m) => m.id === id)?.parts.filter((p) => p.type === "rect" && p.y === GHOST_Y) ?? [];

  it.each([
    ["shelf-ghosts-1120", 1120],
    ["shelf-ghosts-420", 420],
  ])("%s", (name, width) => {
    expectSnapshot(name, sceneSvg(shelfScene(width), { palette: LIGHT }));
  });

  it("draws a dashed piece per earlier report above the glyph, within its extent, and names them", () => {
    const s = shelfScene(1120);
    const release = s.marks.find((m) => m.id === "shelved");
    expect(release?.placement.at).toBe("shelf");
    expect(ghostsOf(s, "shelved")).toHaveLength(1);
    expect(ghostsOf(s, "shelved")[0]).toMatchObject({ dash: "3 2", fill: "#d03a2f" });
    expect(release?.name).toMatch(/date not announced.*; was 2017 \(Publisher may2\)$/);
    const window = s.marks.find((m) => m.id === "shelved-window");
    const pieces = ghostsOf(s, "shelved-window");
    expect(pieces).toHaveLength(2);
    for (const p of pieces) {
      if (p.type !== "rect" || !window) throw new Error("not drawn");
      expect(p.x).toBeGreaterThanOrEqual(window.x0);
      expect(p.x + p.width).toBeLessThanOrEqual(window.x1 + 0.1);
    }
    expect(window?.name).toContain("was 2016 (Publisher early); was June 2017 (Publisher may2)");
  });

  it("puts the ghost in the legend when only a shelf item has one", () => {
    const shelfOnly = timelineItems(datasetAsOf(claims, MAY_11)).filter((i) => i.id !== "dated");
    const s = scene(shelfOnly, claims.shows, colors, MAY_11, { width: 1120, overlay });
    expect(s.overlayLegend).toEqual(["ghost"]);
    expect(scene(shelfOnly, claims.shows, colors, MAY_11, { width: 1120 }).overlayLegend).toEqual([]);
  });

  it("draws no ghost on the shelf before the report that moved the item there", () => {
    const MAY_2 = claimDay(2016, 5, 2);
    const s = scene(timelineItems(datasetAsOf(claims, MAY_2)), claims.shows, colors, MAY_2, {
      width: 1120,
      overlay: { byId: itemOverlays(claims, MAY_2), actual: true },
    });
    expect(s.marks.find((m) => m.id === "shelved")?.placement.at).toBe("plot");
    expect(ghostsOf(s, "shelved")).toHaveLength(0);
  });
});
