import { scaleUtc } from "d3-scale";
import { DatasetError } from "../../../src/data/DatasetError.ts";
import { CERTAINTY_LABELS, KIND_LABELS } from "../../../src/data/labels.ts";
import { PROBLEMS_PER_KIND } from "../../../src/data/problemLog.ts";
import { itemGeometry } from "../../../src/layout/itemGeometry.ts";
import { nextItem, timeOrder, type NavigationKey } from "../../../src/layout/keyboardOrder.ts";
import { rowLayout, type RowLayout } from "../../../src/layout/rowLayout.ts";
import { timeDomain } from "../../../src/layout/timeDomain.ts";
import { indexLayout, visibleItems } from "../../../src/layout/visibleItems.ts";
import { LIGHT } from "../../../src/model/chartPalette.ts";
import { buildScene } from "../../../src/scene/buildScene.ts";
import { chartFrame } from "../../../src/scene/chartFrame.ts";
import { chartLayout } from "../../../src/scene/chartLayout.ts";
import { sceneSvg } from "../../../src/scene/sceneSvg.ts";
import { publishedWords } from "../../../src/data/publishedWords.ts";
import { datasetToCsv } from "../../../src/model/datasetToCsv.ts";
import { parseCsvDataset } from "../../../src/model/parseCsvDataset.ts";
import type { PreparedDataset } from "../../../src/model/prepareDataset.ts";
import { prepareDataset } from "../prepareText.ts";

/** What the steps pass along: the text, then whatever each step made. */
export interface Run {
  readonly text: string;
  /** Set by "parse" when the whole file is refused (a DatasetError): the later steps have nothing to do. */
  refused?: DatasetError;
  prepared?: PreparedDataset;
  layout?: RowLayout;
  x?: (ms: number) => number;
}

export interface Step {
  readonly name: string;
  readonly run: (run: Run) => void;
}

class FuzzFailure extends Error {}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new FuzzFailure(message);
}

const finite = (value: number, what: string) => check(Number.isFinite(value), `${what} is ${value}`);

/** No element or attribute in the markup can run anything: text from the data only ever stands escaped. */
function inertMarkup(markup: string): boolean {
  if (/<script/i.test(markup)) return false;
  for (const [, attributes = ""] of markup.matchAll(/<[\w:-]+((?:\s+[\w:-]+="[^"]*")*)\s*\/?>/g)) {
    for (const [, name = "", value = ""] of attributes.matchAll(/([\w:-]+)="([^"]*)"/g)) {
      if (/^on/i.test(name) || (/href$/i.test(name) && /^\s*(javascript|data):/i.test(value))) return false;
    }
  }
  return true;
}

/** Calls `each` with every number anywhere inside a value. */
function numbers(value: unknown, each: (n: number) => void): void {
  if (typeof value === "number") each(value);
  else if (typeof value === "object" && value !== null)
    for (const v of Object.values(value)) numbers(v, each);
}

const PLOT_WIDTH = 1000;
const KEYS: readonly NavigationKey[] = ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"];

/**
 * The app's whole pure path, one named step each, in order. A step throws on a broken promise. Adding a
 * step (the scene for every view, the SVG export) is one entry here.
 */
export const STEPS: readonly Step[] = [
  {
    name: "parse and prepare",
    run(run) {
      try {
        run.prepared = prepareDataset(run.text);
      } catch (error) {
        check(error instanceof DatasetError, `threw ${String(error)}, not a DatasetError`);
        run.refused = error;
      }
    },
  },
  {
    name: "every dropped event is reported with its path",
    run({ text, prepared }) {
      if (!prepared || prepared.omitted.length > 0) return;
      const events = (JSON.parse(text) as { events: unknown[] }).events;
      const dropped = new Set<number>();
      for (const { path, reason, effect } of prepared.problems) {
        // Worth checking only (a repeated relation, left out as a repeat): nothing of the event is lost.
        if (effect === "kept") continue;
        const match = /^events\[(\d+)\]/.exec(path);
        // A relation to a missing event (unknown, or left out for a problem of its own), or to itself, loses
        // only itself; the event stays. So does a citation said to be left out (of a missing source, say)
        // while the event has another.
        const relationOnly = /^(relation to (unknown )?event|an event cannot relate to itself)/.test(reason);
        const citationOnly = reason.endsWith("(citation left out)");
        if (match && !relationOnly && !citationOnly) dropped.add(Number(match[1]));
      }
      check(
        events.length - dropped.size === prepared.dataset.events.length,
        `${events.length} events, ${dropped.size} reported dropped, ${prepared.dataset.events.length} kept`,
      );
    },
  },
  {
    name: "problems kept are bounded per kind",
    run({ prepared }) {
      if (!prepared) return;
      const kinds = new Map<string, number>();
      for (const { path, reason } of prepared.problems) {
        const kind = `${path.replace(/\[\d+\]/g, "[]")}: ${reason.replace(/"[^"]*"|\d+/g, "")}`;
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      }
      for (const [kind, count] of kinds) check(count <= PROBLEMS_PER_KIND, `${count} problems of ${kind}`);
    },
  },
  {
    name: "items: N of M shown is every kept event",
    run({ prepared }) {
      if (!prepared) return;
      check(prepared.items.length === prepared.dataset.events.length, "items and kept events differ");
    },
  },
  {
    name: "row layout places every item",
    run(run) {
      const { prepared } = run;
      if (!prepared) return;
      const domain = timeDomain(prepared.items, [], Date.UTC(2016, 0, 1));
      const scale = scaleUtc().domain(domain).range([0, PLOT_WIDTH]);
      run.x = (ms) => scale(ms);
      run.layout = rowLayout(prepared.items, prepared.dataset.shows, run.x, {
        laneHeight: 28,
        rowPadding: 6,
        markerWidth: 16,
        shelfColumns: 3,
      });
      check(run.layout.placed.length === prepared.items.length, "an item was not placed");
      finite(run.layout.height, "layout height");
    },
  },
  {
    name: "item geometry is finite and inside the clip",
    run({ layout, x }) {
      if (!layout || !x) return;
      const clip: [number, number] = [-50, PLOT_WIDTH + 50];
      for (const placed of layout.placed) {
        finite(placed.y, `${placed.item.id} y`);
        if (placed.placement.at === "shelf") continue;
        finite(placed.placement.fitX0, `${placed.item.id} fitX0`);
        finite(placed.placement.fitX1, `${placed.item.id} fitX1`);
        numbers(itemGeometry(placed.item, x, clip), (value) => finite(value, `${placed.item.id} geometry`));
      }
    },
  },
  {
    name: "visible items over the whole chart are every item",
    run({ layout }) {
      if (!layout) return;
      const index = indexLayout(layout.placed);
      const seen = visibleItems(index, -Infinity, Infinity, -Infinity, Infinity);
      check(seen.length === layout.placed.length, `${seen.length} visible of ${layout.placed.length}`);
    },
  },
  {
    name: "keyboard order holds every item and every key lands somewhere or nowhere",
    run({ layout }) {
      if (!layout) return;
      const order = timeOrder(layout.placed);
      check(order.length === layout.placed.length, "keyboard order lost an item");
      const first = order[0];
      if (first) for (const key of KEYS) nextItem(order, first.item.id, key);
    },
  },
  {
    name: "the chart's scene draws every item, with finite numbers, and its SVG export",
    run({ prepared }) {
      if (!prepared) return;
      const frame = chartFrame(1400);
      const { base, layout } = chartLayout(prepared.items, prepared.dataset.shows, frame, null);
      const drawn = visibleItems(indexLayout(layout.placed), -Infinity, Infinity, -Infinity, Infinity);
      const colors = new Map(prepared.dataset.shows.map((show) => [show.id, show.color ?? "#555555"]));
      const scene = buildScene({
        layout,
        drawn,
        base,
        transform: { k: 1, x: 0 },
        frame,
        colors,
        palette: LIGHT,
        latestReport: null,
      });
      check(
        scene.marks.length === prepared.items.length,
        `${scene.marks.length} marks for ${prepared.items.length} items`,
      );
      numbers(scene, (value) => finite(value, "a scene number"));
      const svg = sceneSvg(scene, { palette: LIGHT });
      check(svg.startsWith("<svg"), "the export is not an SVG");
      check(inertMarkup(svg), "the exported SVG has a script, an event handler or a script link");
    },
  },
  {
    name: "date words for every item",
    run({ prepared }) {
      for (const item of prepared?.items ?? []) {
        check(item.when.length > 0 && !item.when.includes("unreadable"), `${item.id}: "${item.when}"`);
        check(item.name.length > 0, `${item.id} has no name`);
      }
    },
  },
  {
    name: "table row values",
    run({ prepared }) {
      for (const { event, citations } of prepared?.items ?? []) {
        check(KIND_LABELS[event.kind] !== undefined, `${event.kind} has no label`);
        check(CERTAINTY_LABELS[event.certainty] !== undefined, `${event.certainty} has no label`);
        for (const { source } of citations) publishedWords(source);
      }
    },
  },
  {
    name: "Save CSV, and the saved CSV opened again",
    run({ prepared }) {
      if (!prepared) return;
      const { csv } = datasetToCsv(prepared.dataset);
      const reopened = parseCsvDataset(csv);
      check(
        reopened.dataset.events.length === prepared.dataset.events.length,
        `the saved CSV reopens with ${reopened.dataset.events.length} of ${prepared.dataset.events.length} events`,
      );
    },
  },
];

/** Runs every step on one dataset text; throws with the step's name on the first broken promise. */
export function runPurePath(text: string): Run {
  const run: Run = { text };
  for (const step of STEPS) {
    if (run.refused) break;
    try {
      step.run(run);
    } catch (error) {
      throw new Error(`step "${step.name}": ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
  }
  return run;
}
