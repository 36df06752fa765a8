import type { Show } from "../data/schema.ts";
import type { TimelineItem } from "../model/timelineItems.ts";
import type { LayoutOptions, PlacedItem, Placement, RowBox } from "./rowLayout.ts";

/** A season's band of a show, packed: its items in order, each one's lane and place on the plot. */
export interface SeasonPack {
  readonly label: string;
  readonly group: readonly TimelineItem[];
  readonly lane: Int32Array;
  readonly placement: readonly Placement[];
  /** Lanes in the band. */
  readonly count: number;
}

/** A show's row, packed at one scale: what a later layout at that scale can take as it is. */
export interface ShowPack {
  readonly show: Show;
  /** The show's items as the layout was given them: the pack holds while the next layout's are these. */
  readonly items: readonly TimelineItem[];
  readonly seasons: readonly SeasonPack[];
  /** The undated items in shelf order, and each one's place on the shelf. */
  readonly undated: readonly TimelineItem[];
  readonly shelf: readonly Placement[];
  /** The row as last laid out: its placed items stand as they are while it is the same row at the same y. */
  shown?: {
    readonly row: number;
    readonly top: number;
    readonly box: RowBox;
    readonly placed: readonly PlacedItem[];
  };
}

/** Packs kept by one chart from layout to layout (rowPacks()), for a layout at the scale named `key`. */
export interface RowPacksFor {
  readonly packs: RowPacks;
  /** Names the layout's `xAtFit`: layouts with the same key map time to the same pixels. */
  readonly key: string;
}

export interface RowPacks {
  /** The packs for a layout at `key` with `options`: none kept from another scale or options. */
  readonly at: (key: string, options: LayoutOptions) => ScalePacks;
}

/** The packs of one scale, by show. */
export interface ScalePacks {
  /**
   * Names this scale and its options in the items' fits (itemFit.ts): a key of its own, so that an item
   * measured here holds on to nothing of the packs once they are dropped.
   */
  readonly fits: object;
  /** The show's pack for exactly these items, in this order, if one is kept. */
  readonly find: (show: Show, items: readonly TimelineItem[]) => ShowPack | undefined;
  /** Keeps the pack as its show's latest. */
  readonly keep: (pack: ShowPack) => void;
}

/** What packing and placing depend on, besides the scale: `until` only says where to stop. */
const sameOptions = (a: LayoutOptions, b: LayoutOptions) =>
  a.laneHeight === b.laneHeight &&
  a.rowPadding === b.rowPadding &&
  a.markerWidth === b.markerWidth &&
  a.shelfColumns === b.shelfColumns &&
  a.labelRoom === b.labelRoom &&
  a.plotWidth === b.plotWidth;

/** Scales whose packs are kept: a filter that moves the time domain, ticked and unticked, packs nothing again. */
const SCALES_KEPT = 2;

/**
 * Item sets kept per show and scale: a filter that changes every show's items (a kind), ticked and
 * unticked, packs nothing again either.
 */
const SETS_KEPT = 2;

/**
 * A chart's packs, from one layout to the next. At 100k events packing every row again took most of a
 * filter change's render; a show whose items are the ones it had, at the same scale, is not packed again.
 * A pack whose show is filtered out is kept too, for when it is shown again. A filter or an as-of step that
 * moves the time domain changes the scale, and so packs every show: the packs of the last two scales are
 * kept, so that undoing it packs nothing. A filter that changes every show's items (a kind) packs every
 * show too: each show keeps the packs of its last two item sets, so that undoing that packs nothing either.
 */
export function rowPacks(): RowPacks {
  let kept: { key: string; options: LayoutOptions; packs: ScalePacks }[] = [];
  return {
    at: (key, options) => {
      const found = kept.find((k) => k.key === key && sameOptions(k.options, options)) ?? {
        key,
        options,
        packs: scalePacks(),
      };
      kept = [found, ...kept.filter((k) => k !== found)].slice(0, SCALES_KEPT);
      return found.packs;
    },
  };
}

const packsByShows = new WeakMap<readonly Show[], RowPacks>();

/**
 * The packs of the charts of one dataset (its shows: the as-of days share them), kept while it is: a chart
 * drawn again, back from the table view, packs no row again. At 100k events the rows it packed again held
 * the page about 0.2 s.
 */
export function datasetPacks(shows: readonly Show[]): RowPacks {
  let packs = packsByShows.get(shows);
  if (!packs) {
    packs = rowPacks();
    packsByShows.set(shows, packs);
  }
  return packs;
}

/** The packs of one scale: the latest SETS_KEPT of each show, the newest first. */
function scalePacks(): ScalePacks {
  const byShow = new Map<string, ShowPack[]>();
  return {
    fits: {},
    find: (show, items) =>
      byShow.get(show.id)?.find((pack) => pack.show === show && sameItems(pack.items, items)),
    keep: (pack) => {
      const before = byShow.get(pack.show.id) ?? [];
      if (before[0] === pack) return;
      byShow.set(pack.show.id, [pack, ...before.filter((p) => p !== pack)].slice(0, SETS_KEPT));
    },
  };
}

/** Whether two lists hold the same items in the same order. */
function sameItems(a: readonly TimelineItem[], b: readonly TimelineItem[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
