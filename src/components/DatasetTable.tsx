import { useEffect, useMemo, useState } from "react";
import { CERTAINTY_LABELS, KIND_LABELS } from "../data/labels.ts";
import type { Dataset, Show, Source, TimelineEvent } from "../data/schema.ts";
import type { ItemOverlay } from "../model/itemOverlays.ts";
import { groupDigits } from "../model/groupDigits.ts";
import { itemReceipts } from "../model/itemReceipts.ts";
import { lazyMap } from "../model/lazyMap.ts";
import { missWords, overlayMisses } from "../model/overlayMiss.ts";
import { showGroups, type ShowGroup } from "../model/showGroups.ts";
import type { TimelineItem } from "../model/timelineItems.ts";
import { Quote } from "../chart/Quote.tsx";
import { ReceiptList } from "./ReceiptList.tsx";
import { useFocusAfterShow } from "./useFocusAfterShow.ts";
import { useFocusKeeper } from "./useFocusKeeper.ts";

/** Rows shown per show at first, and per "show more": a table of 20k events must not be 300k elements. */
const PAGE = 100;
/**
 * Rows shown at first in all the tables together: past it, a show's table starts with none, only its
 * "show" button. 400 shows of 50 events would otherwise be 20,000 rows, seconds to appear.
 */
export const FIRST_ROWS = 500;

/**
 * The first tables, up to this many rows or tables, are laid out with the page; each after them only once
 * it nears the view (`.show-table.far`, `content-visibility: auto`). At 100k events the page lists 2,000
 * tables (and the first 500 rows), and laying them all out held it for most of a second; at 2k, 40 tables
 * and 500 rows, about a quarter. A short table view is laid out whole, as before: a box not laid out has no
 * size until it is, which is the browser's to handle but not every checker's.
 */
const NEAR = { rows: 100, tables: 50 };

/** Whether each table comes after the first ones (NEAR), given the rows each shows. */
function farTables(limits: readonly number[]): boolean[] {
  let before = 0;
  return limits.map((limit, g) => {
    const far = before >= NEAR.rows || g >= NEAR.tables;
    before += limit;
    return far;
  });
}

/**
 * How tall a table not yet laid out stands (caption, head, button and margin, and about 5rem a row), so that
 * the scrollbar is about right; once laid out, it keeps its real height (`auto`).
 */
function heightGuess(rows: number): string {
  return `auto ${10 + rows * 5}rem`;
}

interface DatasetTableProps {
  /** The dataset's shows, in its order: a table for each that has items. */
  readonly shows: readonly Show[];
  /** The items to list (those that pass the filters). */
  readonly items: readonly TimelineItem[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  /** Keeps each row's button by id, so that focus can return to it without querying the page. */
  readonly register?: (id: string, element: HTMLButtonElement | null) => void;
  /** What the chart shows beside the items on the chosen day; none: the table lists the items alone. */
  readonly asOf?: TableAsOf;
  /** What to say when there is no event to list: why (the filters, or nothing reported yet). */
  readonly empty?: string;
}

/** The chart's overlay, as the table reads it. */
export interface TableAsOf {
  /** The whole dataset, every report in it: each ghost's and outcome's citation is read from its events. */
  readonly dataset: Dataset;
  /** The chosen day (UTC ms); Infinity: how it turned out. */
  readonly day: number;
  /** Each item's ghosts and outcome as of the day, as the chart draws them (PreparedDataset.asOf). */
  readonly overlays: ReadonlyMap<string, ItemOverlay>;
  /** "Reported vs actual": outcomes are shown with it, as on the chart. */
  readonly showActual: boolean;
}

/**
 * The events and sources of the whole dataset by id, and whether any citation makes a claim of its own. The
 * maps are built when a row first needs one (an item with ghosts or an outcome), not for 100k events at once.
 */
function useReceiptSource(dataset: Dataset | undefined) {
  return useMemo(() => {
    if (!dataset) return null;
    const events = lazyMap(() => new Map<string, TimelineEvent>(dataset.events.map((e) => [e.id, e])));
    const sources = lazyMap(() => new Map<string, Source>(dataset.sources.map((s) => [s.id, s])));
    const claims = dataset.events.some((e) => e.citations.some((c) => c.claim !== undefined));
    return { events, sources, claims };
  }, [dataset]);
}

/**
 * Rows shown down to the selected item stay shown once it is closed: its row, which takes the focus back
 * when its citations close, and those above it, are not taken away from under the reader. Called in render,
 * it asks for the render after only when the selection showed more than was asked for.
 */
function keepRevealed(
  groups: readonly ShowGroup[],
  limits: readonly number[],
  shown: ReadonlyMap<string, number>,
  selectedId: string | null,
  setShown: (next: ReadonlyMap<string, number>) => void,
): void {
  if (selectedId === null) return;
  const g = groups.findIndex((group) => group.has(selectedId));
  const group = groups[g];
  const limit = limits[g] ?? 0;
  if (group && limit > (shown.get(group.show.id) ?? 0)) setShown(new Map(shown).set(group.show.id, limit));
}

/**
 * How many rows each show's table shows: what "show more" asked for, else a page while FIRST_ROWS last,
 * and always down to the selected item.
 */
function rowLimits(
  groups: readonly ShowGroup[],
  shown: ReadonlyMap<string, number>,
  selectedId: string | null,
): number[] {
  let budget = FIRST_ROWS;
  return groups.map((group) => {
    const asked = shown.get(group.show.id) ?? Math.min(PAGE, budget);
    // Only the selected item's show is searched (and so sorted): the others' items are not read.
    const selected =
      selectedId !== null && group.has(selectedId)
        ? group.items.findIndex((item) => item.id === selectedId) + 1
        : 0;
    const limit = Math.min(group.count, Math.max(asked, selected));
    budget = Math.max(0, budget - limit);
    return limit;
  });
}

/**
 * The items as readable tables, one per show: the full alternative to the chart. The page holds them in its
 * box (`.dataset-table`), there while this chunk loads too, which the skip link focuses.
 */
export function DatasetTable(props: DatasetTableProps) {
  const { shows, items, selectedId, onSelect, register, asOf, empty } = props;
  // Grouped here, in the table's chunk: the chart, which the page draws first, does not need it.
  const groups = useMemo(() => showGroups(shows, items), [shows, items]);
  const [shown, setShown] = useState<ReadonlyMap<string, number>>(new Map());
  const focus = useFocusAfterShow<HTMLButtonElement>();
  const keepFocus = useFocusKeeper();
  // The selected item's row, scrolled to when a link (or the chart) selects it: it may be far down.
  const { entry } = focus;
  useEffect(() => {
    if (selectedId !== null) entry(selectedId)?.scrollIntoView({ block: "nearest" });
  }, [selectedId, entry]);
  const receiptSource = useReceiptSource(asOf?.dataset);
  // A column for earlier reports wherever a citation can make one; one for outcomes with the toggle.
  const ghostColumn = receiptSource?.claims === true;
  const actualColumn = asOf?.showActual === true;
  const columns = 4 + (ghostColumn ? 1 : 0) + (actualColumn ? 1 : 0);
  /** An item's ghosts and (with the toggle) outcome as of the day, with receipts; null for none drawn. */
  const overlayOf = (item: TimelineItem) => {
    const overlay = asOf?.overlays.get(item.id);
    if (!asOf || !overlay || !receiptSource) return null;
    const event = receiptSource.events.get(item.id);
    if (!event) return null;
    const receipts = itemReceipts(event, receiptSource.sources, asOf.day);
    const actual = asOf.showActual ? overlay.actual : null;
    if (!actual) return { ghosts: receipts.ghosts, outcomes: [], misses: [] };
    // Each miss is said after the outcome it is measured from: the newest giving that end, as on the chart.
    const misses = overlayMisses(item, actual).flatMap((miss) => {
      const words = missWords(miss, item.isWindow);
      const at =
        miss.type === "unmeasured" ? -1 : receipts.outcomes.findLastIndex((r) => r.gives[miss.field]);
      return words === null || at < 0 ? [] : [{ at, words }];
    });
    // An order that came out the other way is said after the start it was judged by.
    const start = receipts.outcomes.findLastIndex((r) => r.gives.start);
    if (start >= 0) for (const words of actual.wrongOrders ?? []) misses.push({ at: start, words });
    return { ghosts: receipts.ghosts, outcomes: receipts.outcomes, misses };
  };
  if (groups.length === 0) return <p className="chart-empty">{empty ?? "No events match the filters."}</p>;
  const limits = rowLimits(groups, shown, selectedId);
  const far = farTables(limits);
  keepRevealed(groups, limits, shown, selectedId, setShown);
  return groups.map((group, g) => {
    const { show, count } = group;
    const limit = limits[g] ?? 0;
    const rest = count - limit;
    // A show with no row shown yet is not sorted: its items are read when its button is pressed.
    const rows = limit === 0 ? [] : group.items.slice(0, limit);
    return (
      <div
        key={show.id}
        onFocus={keepFocus}
        className={far[g] ? "show-table far" : "show-table"}
        style={far[g] ? { containIntrinsicBlockSize: heightGuess(limit) } : undefined}
      >
        <table>
          <caption id={`caption-${show.id}`}>
            <bdi>{show.title}</bdi>{" "}
            <span className="count">({count === 1 ? "1 event" : `${groupDigits(count)} events`})</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">When</th>
              <th scope="col">Certainty</th>
              {ghostColumn && <th scope="col">Earlier reports</th>}
              {actualColumn && <th scope="col">What happened</th>}
              <th scope="col">What the sources said</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((item) => {
              const { id, event, when, citations } = item;
              const overlay = overlayOf(item);
              return (
                <tr key={id} className={id === selectedId ? "selected" : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      data-event-id={id}
                      ref={(element) => {
                        register?.(id, element);
                        const forget = focus.entryRef(id)(element);
                        return () => {
                          register?.(id, null);
                          forget?.();
                        };
                      }}
                      onClick={() => onSelect(id)}
                    >
                      <bdi>{event.label}</bdi>
                    </button>
                    <span className="kind">{KIND_LABELS[event.kind]}</span>
                  </th>
                  <td data-label="When">{when}</td>
                  <td data-label="Certainty">
                    <span className={`certainty certainty-${event.certainty}`}>
                      {CERTAINTY_LABELS[event.certainty]}
                    </span>
                  </td>
                  {ghostColumn && (
                    <td data-label="Earlier reports">
                      {overlay && overlay.ghosts.length > 0 ? (
                        <ReceiptList receipts={overlay.ghosts} />
                      ) : (
                        // Not "no earlier report": one may have said the date was not announced (a date
                        // of nothing, no ghost), which What changed says ("was date not announced").
                        <span className="none">no earlier date</span>
                      )}
                    </td>
                  )}
                  {actualColumn && (
                    <td data-label="What happened">
                      {overlay && overlay.outcomes.length > 0 ? (
                        <ReceiptList receipts={overlay.outcomes} after={overlay.misses} />
                      ) : (
                        <span className="none">
                          {Number.isFinite(asOf?.day)
                            ? "no outcome known by this day"
                            : "no outcome recorded"}
                        </span>
                      )}
                    </td>
                  )}
                  <td data-label="What the sources said">
                    <ul className="citations">
                      {citations.map(({ quote, source }, index) => (
                        <li key={index}>
                          <Quote quote={quote} source={source} />
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
          {rest > 0 && (
            <tfoot>
              <tr>
                <td colSpan={columns}>
                  <button
                    type="button"
                    onClick={() => {
                      // The button goes once nothing is left: focus moves to the first row it shows.
                      const first = group.items[limit];
                      if (first) focus.focusWhenShown(first.id);
                      setShown(new Map(shown).set(show.id, limit + PAGE));
                    }}
                  >
                    {limit === 0
                      ? `Show ${Math.min(PAGE, rest)} of ${groupDigits(rest)} events`
                      : `Show ${Math.min(PAGE, rest)} more of ${groupDigits(rest)} left`}
                    {/* One such button per show: each names its own, to a screen reader's list of buttons. */}{" "}
                    <span className="visually-hidden">
                      in <bdi>{show.title}</bdi>
                    </span>
                  </button>
                </td>
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    );
  });
}
