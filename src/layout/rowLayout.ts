import type { Show } from "../data/schema.ts";
import type { FuzzyInterval } from "../dates/edtfInterval.ts";
import { indexMovedRow } from "./indexRows.ts";
import { itemFit } from "./itemFit.ts";
import { packLanes } from "./lanes.ts";
import type { RowPacksFor, SeasonPack, ShowPack } from "./rowPacks.ts";
import { compareIds } from "../model/timeOrderKey.ts";
import type { TimelineItem } from "../model/timelineItems.ts";

export interface LayoutOptions {
  /** Height of one lane, px. */
  readonly laneHeight: number;
  /** Space above and below the lanes of a row, px. */
  readonly rowPadding: number;
  /** Pixels a milestone marker (or an open end) takes, so that packing leaves room for it. */
  readonly markerWidth: number;
  /** Undated items per line on the "date not announced" shelf. */
  readonly shelfColumns: number;
  /**
   * Room a dated item's label needs beside it, px: packing keeps it free at the fitted zoom, so that lanes
   * grow to make room for labels once, and never change with zoom. None when absent.
   */
  readonly labelRoom?: (item: TimelineItem) => number;
  /** The plot's right edge at the fitted zoom, px: a label that would pass it is kept room on the left. */
  readonly plotWidth?: number;
  /**
   * Rows are laid out until one reaches this y, px: the rows from there down are left out (a chart's first
   * render needs only the rows in view). All of them when absent.
   */
  readonly until?: number;
}

/** Where an item stands on the time plot: the pixels it covers at the fitted zoom (as packed). */
export interface PlotPlacement {
  readonly at: "plot";
  readonly fitX0: number;
  readonly fitX1: number;
}

/** Where an item stands: on the time plot, or on the undated shelf. */
export type Placement = PlotPlacement | { readonly at: "shelf"; readonly column: number };

export interface PlacedItem {
  readonly item: TimelineItem;
  readonly row: number;
  /** Vertical centre of the item's lane, px from the top of the chart body. */
  readonly y: number;
  readonly placement: Placement;
}

/** An item on the time plot. */
export type PlottedItem = PlacedItem & { readonly placement: Extract<Placement, { at: "plot" }> };

export function isPlotted(p: PlacedItem): p is PlottedItem {
  return p.placement.at === "plot";
}

export interface SeasonBand {
  readonly label: string;
  readonly y: number;
  readonly height: number;
}

export interface RowBox {
  readonly show: Show;
  readonly y: number;
  readonly height: number;
  readonly count: number;
  readonly seasons: readonly SeasonBand[];
}

export interface RowLayout {
  readonly rows: readonly RowBox[];
  readonly placed: readonly PlacedItem[];
  /**
   * Each row's placed items (a part of `placed`), beside `rows`: a row that stands as it stood has the
   * very list it had, so what is made from it (its part of the lane index: indexRows) can be kept.
   */
  readonly rowPlaced: readonly (readonly PlacedItem[])[];
  readonly height: number;
  /**
   * All the items, however many rows are laid out (`until`): the shows with items (the chart's rows) and
   * the items with no announced date (the shelf). Counted in the pass that groups them, not in one more
   * pass over 100k items.
   */
  readonly tally: ItemTally;
}

/** What the chart's summary says of its items besides their number. */
export interface ItemTally {
  readonly shows: number;
  readonly undated: number;
}

/**
 * One row per show, one band of lanes per season inside it, overlapping items packed into lanes. Packing
 * uses pixel positions at the fitted zoom (`xAtFit`): zooming in only stretches time, so whatever does not
 * overlap there does not overlap at any deeper zoom.
 *
 * Given `packs` (rowPacks.ts), a show whose items and scale are those of an earlier layout keeps that
 * layout's packing, and, in the same row at the same height, its placed items themselves: a filter
 * change or an as-of step that keeps the time domain lays out again only the shows it changed.
 */
export function rowLayout(
  items: readonly TimelineItem[],
  shows: readonly Show[],
  xAtFit: (ms: number) => number,
  options: LayoutOptions,
  packs?: RowPacksFor,
): RowLayout {
  const { laneHeight, rowPadding, shelfColumns, until = Infinity } = options;
  const byShow = new Map<string, TimelineItem[]>();
  let undated = 0;
  for (const item of items) {
    if (item.start === null) undated++;
    const list = byShow.get(item.show.id);
    if (list) list.push(item);
    else byShow.set(item.show.id, [item]);
  }
  const kept = packs?.packs.at(packs.key, options);
  // What the items' fits are measured for (itemFit.ts): this scale's packs, or this layout alone.
  const scale = kept?.fits ?? {};

  // One set of buffers for every season's spans: at 100k events a span object per item, made at each
  // packing, cost more than the packing itself.
  const buffers = lazyBuffers(items.length);
  const rows: RowBox[] = [];
  const placed: PlacedItem[] = [];
  const rowPlaced: (readonly PlacedItem[])[] = [];
  let top = 0;
  for (const show of shows) {
    if (top >= until) break;
    const showItems = byShow.get(show.id);
    if (!showItems) continue;
    const row = rows.length;
    const pack = kept?.find(show, showItems) ?? packShow(show, showItems, xAtFit, options, buffers, scale);
    kept?.keep(pack);
    const shown = pack.shown;
    if (shown && shown.row === row && shown.top === top) {
      for (const p of shown.placed) placed.push(p);
      rows.push(shown.box);
      rowPlaced.push(shown.placed);
      top += shown.box.height;
      continue;
    }
    const first = placed.length;
    const bands: SeasonBand[] = [];
    let laneTop = top + rowPadding;
    for (const season of pack.seasons) {
      const { group, lane, placement } = season;
      for (let i = 0; i < group.length; i++) {
        const y = laneTop + ((lane[i] ?? 0) + 0.5) * laneHeight;
        placed.push({ item: group[i] as TimelineItem, row, y, placement: placement[i] as Placement });
      }
      bands.push({ label: season.label, y: laneTop, height: season.count * laneHeight });
      laneTop += season.count * laneHeight;
    }
    const datedHeight = laneTop - (top + rowPadding);
    pack.undated.forEach((item, index) => {
      const line = Math.floor(index / shelfColumns);
      placed.push({
        item,
        row,
        y: top + rowPadding + (line + 0.5) * laneHeight,
        placement: pack.shelf[index] as Placement,
      });
    });
    const shelfHeight = Math.ceil(pack.undated.length / shelfColumns) * laneHeight;
    const height = Math.max(datedHeight, shelfHeight, laneHeight) + 2 * rowPadding;
    const box: RowBox = { show, y: top, height, count: showItems.length, seasons: bands };
    rows.push(box);
    const own = placed.slice(first);
    rowPlaced.push(own);
    // The same pack placed again at another height: the same items in the same order, each moved alike.
    if (shown) indexMovedRow(own, shown.placed);
    if (kept) pack.shown = { row, top, box, placed: own };
    top += height;
  }
  return { rows, placed, rowPlaced, height: top, tally: { shows: byShow.size, undated } };
}

interface Buffers {
  readonly packFrom: Float64Array;
  readonly packTo: Float64Array;
  readonly laneOf: Int32Array;
}

/** The packing's buffers, made on first use: a layout whose every show is packed already needs none. */
function lazyBuffers(size: number): () => Buffers {
  let made: Buffers | undefined;
  return () =>
    (made ??= {
      packFrom: new Float64Array(size),
      packTo: new Float64Array(size),
      laneOf: new Int32Array(size),
    });
}

/** A show's items grouped by season, each packed into lanes, and its undated items in shelf order. */
function packShow(
  show: Show,
  showItems: readonly TimelineItem[],
  xAtFit: (ms: number) => number,
  options: LayoutOptions,
  buffers: () => Buffers,
  scale: object,
): ShowPack {
  const { markerWidth, shelfColumns } = options;
  const undated: TimelineItem[] = [];
  const bySeason = new Map<number, TimelineItem[]>();
  for (const item of showItems) {
    if (item.start === null) {
      undated.push(item);
      continue;
    }
    const { season } = itemFit(item, item.start, scale, xAtFit, options);
    const group = bySeason.get(season);
    if (group) group.push(item);
    else bySeason.set(season, [item]);
  }
  undated.sort((a, b) => compareIds(a.id, b.id));
  const seasons = [...bySeason.keys()]
    .sort((a, b) => a - b)
    .map((season): SeasonPack => {
      const group = bySeason.get(season) ?? [];
      const { packFrom, packTo, laneOf } = buffers();
      const n = group.length;
      const placement: Placement[] = [];
      for (let i = 0; i < n; i++) {
        const item = group[i] as TimelineItem;
        // Measured in the loop above: this only reads it back.
        const fit = itemFit(item, item.start as FuzzyInterval, scale, xAtFit, options);
        packFrom[i] = fit.from;
        packTo[i] = fit.to;
        placement.push(fit);
      }
      const count = packLanes(n, packFrom, packTo, (i) => group[i]?.id ?? "", markerWidth / 4, laneOf);
      return {
        label: season === 0 ? "" : `S${season}`,
        group,
        lane: laneOf.slice(0, n),
        placement,
        count,
      };
    });
  const shelf = undated.map((_, index): Placement => ({ at: "shelf", column: index % shelfColumns }));
  return { show, items: showItems, seasons, undated, shelf };
}
