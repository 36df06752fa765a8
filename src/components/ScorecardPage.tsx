import { useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { scaleSymlog } from "d3-scale";
import { Link, useLocation } from "wouter";
import { KIND_LABELS, RELATION_LABELS } from "../data/labels.ts";
import { counted } from "../model/counted.ts";
import { groupDigits } from "../model/groupDigits.ts";
import { problemsByEffect } from "../data/problemsByEffect.ts";
import { eventDateWords } from "../model/eventDateWords.ts";
import { outcomeDateWords } from "../model/outcomeWords.ts";
import { publishedWords } from "../data/publishedWords.ts";
import {
  ordersGiven,
  scoreClaims,
  scoreSummary,
  scoreWords,
  type ScoreRow,
  type ScoreSummary,
} from "../model/scoreClaims.ts";
import { useDataset } from "../model/useDataset.ts";
import { filterItems, isFiltering, knownFilters } from "../model/filterItems.ts";
import type { LinkFilters } from "../model/linkFilters.ts";
import type { PreparedDataset } from "../model/prepareDataset.ts";
import { useViewState } from "./useViewState.ts";
import { DatasetErrorScreen } from "./DatasetErrorScreen.tsx";
import { useFocusAfterShow } from "./useFocusAfterShow.ts";
import { useOverflows } from "./useOverflows.ts";
import { ViewLink } from "./ViewLink.tsx";
import { labelLines } from "./labelLines.ts";
import { missPiles } from "./missPiles.ts";
import { missTicks } from "./missTicks.ts";

/**
 * Predictions listed at first, and more per "show more": 20,000 rows were 200,000 elements, seconds to
 * appear and to leave. The summaries still count every prediction.
 */
export const PREDICTIONS_SHOWN = 500;
/** Rows of a summary table (a publisher or a kind each) listed at first, and more per press. */
export const SUMMARY_ROWS_SHOWN = 100;
/** Dated predictions drawn as dots at most; the table lists every prediction. */
export const DOTS_DRAWN = 500;
/** Dots stacked at one miss at most: a taller column says how many more it holds instead. */
export const STACK_DRAWN = 10;

interface ScorecardPageProps {
  readonly url: string;
  /** The timeline's address for an item as it turned out, its quotes open, keeping the dataset parameter. */
  readonly itemHref: (eventId: string) => string;
}

/** A window's end is scored in a row of its own, beside its start's: each says which it is. */
const isEnd = (score: ScoreRow["score"]) => score.type === "window" && score.field === "end";

/** "inside", "47 days late", "right order", "its end 15 days late": a row's result in words. */
function resultWords(row: ScoreRow): string {
  const { score, claim } = row;
  if (score.type === "unscorable") return `not scored: ${score.reason}`;
  // A window's start says so, as its end does ("its end 15 days early"), when the claim gave both.
  const start = score.type === "window" && score.field === "start" && claim.end != null ? "its start " : "";
  return `${start}${scoreWords(score)}`;
}

/**
 * "2 claims could not be scored, and 1 claim could be scored only in part": claims, not rows (a window's
 * start and end, each of its orders, are rows of their own).
 */
function unscoredWords(rows: readonly ScoreRow[]): string {
  // A quote repeating another of its page is that one's claim, counted with it: its row is said apart, so
  // that the rows marked "not scored" add up.
  const countable = rows.filter((r) => !(r.score.type === "unscorable" && r.score.repeat));
  const repeats = rows.length - countable.length;
  const claimsWords = unscoredClaimsWords(countable);
  return repeats === 0
    ? claimsWords
    : `${claimsWords} The table also has ${counted(repeats, "row")} for a quote that repeats the claim of another quote of its page, counted once, with that one.`;
}

function unscoredClaimsWords(countable: readonly ScoreRow[]): string {
  const claims = (scored: boolean) =>
    new Set(countable.filter((r) => (r.score.type !== "unscorable") === scored).map((r) => r.claim));
  const scored = claims(true);
  const unscored = claims(false);
  if (scored.size === 0 && unscored.size === 0) return "This dataset has no predictions to score.";
  if (unscored.size === 0) return "Every claim could be scored.";
  const none = [...unscored].filter((claim) => !scored.has(claim)).length;
  const part = unscored.size - none;
  const said = [
    none > 0 ? `${counted(none, "claim")} could not be scored` : "",
    part > 0
      ? `${counted(part, "claim")} could be scored only in part (a window's start and not its end, or one of its orders)`
      : "",
  ]
    .filter((words) => words !== "")
    .join(", and ");
  return `${said}: the table says why for each (no date and no order given, no outcome recorded, none giving the date or the end, outcomes whose dates cannot tell the order or the miss, or a page dated once it had happened, or undated, so not known to be a prediction).`;
}

function predictedWords(row: ScoreRow, labels: ReadonlyMap<string, string>): string {
  const { score, claim } = row;
  // A window's start or end, scored or not: that end alone ("its end: December 2016", "its end: one of …").
  // Its start says so when the claim gave an end too: "May – July 2016" alone read as the whole window.
  const field = score.type === "order" ? undefined : score.field;
  if (field !== undefined) {
    const which = field === "end" ? "its end: " : claim.end != null ? "its start: " : "";
    return `${which}${eventDateWords({ start: claim[field] ?? null })}`;
  }
  if (score.type === "order") {
    const other = labels.get(score.relation.event) ?? score.relation.event;
    return `${RELATION_LABELS[score.relation.type]} “${other}”`;
  }
  // A claim of an order alone, not scored (told too late, say): the order it gave, not "date not announced".
  const order = claim.start == null && claim.end == null ? ordersGiven(claim) : [];
  if (order.length > 0)
    return order.map((r) => `${RELATION_LABELS[r.type]} “${labels.get(r.event) ?? r.event}”`).join("; ");
  return eventDateWords({ start: claim.start ?? null, end: claim.end ?? null });
}

function actualWords(row: ScoreRow): string {
  const { score } = row;
  if (score.type === "window")
    return `${isEnd(score) ? "ended " : ""}${eventDateWords({ start: score.actual })} (${score.outcome.source.publisher})`;
  // Not scored, though its outcome is known (too coarse to tell, a report and not a prediction): what happened.
  if (score.type === "unscorable" && score.field && score.outcome)
    return `${score.field === "end" ? "ended " : ""}${eventDateWords({ start: score.outcome[score.field] ?? null })} (${score.outcome.source.publisher})`;
  // An order, scored or not (told too late to score, dates too coarse to tell): the two outcomes' dates.
  if ((score.type === "order" || score.type === "unscorable") && score.outcome && score.other)
    return `${outcomeDateWords(score.outcome)} against ${outcomeDateWords(score.other)}`;
  return "—";
}

/**
 * The predictions the timeline's filters (its link's, in this URL) show, as it all turned out: of the
 * events they show, and with a publisher filter on, only those publishers' ("who was right" of the ones
 * chosen). Null when no filter is on. "4 of 15 events" says how many events.
 */
function shownByFilters(
  data: PreparedDataset,
  linked: LinkFilters,
): { readonly shows: (row: ScoreRow) => boolean; readonly words: string } | null {
  const { shows, sources, events } = data.dataset;
  const filters = knownFilters(
    linked,
    shows.map((show) => show.id),
    sources.map((source) => source.publisher),
  );
  if (!isFiltering(filters)) return null;
  const ids = new Set(filterItems(data.items, filters).map((item) => item.id));
  const publishers = filters.publishers && new Set(filters.publishers);
  return {
    shows: (row) => ids.has(row.event.id) && (!publishers || publishers.has(row.claim.source.publisher)),
    words: `${groupDigits(ids.size)} of ${counted(events.length, "event")}`,
  };
}

/** Which sources got the dates right: a dot per dated prediction on a miss-in-days axis, and the tables. */
export function ScorecardPage({ url, itemHref }: ScorecardPageProps) {
  const query = useDataset(url);
  const every = useMemo(() => (query.data ? scoreClaims(query.data.dataset) : []), [query.data]);
  const { filters } = useViewState().state;
  const [scoreEvery, setScoreEvery] = useState(false);
  const shown = useMemo(() => query.data && shownByFilters(query.data, filters), [query.data, filters]);
  const rows = useMemo(
    () => (shown && !scoreEvery ? every.filter(shown.shows) : every),
    [every, shown, scoreEvery],
  );
  const labels = useMemo(
    () => new Map((query.data?.dataset.events ?? []).map((e) => [e.id, e.label])),
    [query.data],
  );
  const byPublisher = useMemo(() => scoreSummary(rows, "publisher"), [rows]);
  const byKind = useMemo(() => scoreSummary(rows, "kind"), [rows]);
  const [listed, setListed] = useState(PREDICTIONS_SHOWN);
  const focus = useFocusAfterShow<HTMLAnchorElement>();
  const everyHeading = useId();
  if (query.isPending) return <p role="status">Loading…</p>;
  if (query.isError) return <DatasetErrorScreen error={query.error} onRetry={() => void query.refetch()} />;
  const listedRows = rows.slice(0, listed);
  const leftOut = problemsByEffect(query.data.problems, query.data.omitted)["left out"].total;
  return (
    <article className="scorecard">
      <p>
        {/* Back to the view the timeline's link came from (its filters, window, day), kept in this URL. */}
        <ViewLink className="nav-link" path="/">
          ← Back to the timeline
        </ViewLink>
      </p>
      <h2>Reported against actual: the scorecard</h2>
      <p>
        Every prediction, scored where its event's outcome is known: a dated claim by whether the outcome fell
        inside the window it reported, and by how many days it missed; a claim that gave only an order by
        whether the order came true. {unscoredWords(rows)}
      </p>
      {shown && (
        // The timeline's filters come with its link: scored are the events it showed, unless asked for all.
        <p className="score-filtered">
          {/* Said when it changes; the button, outside it, is not said again at each press. */}
          <span role="status">
            {scoreEvery
              ? `Scoring every event: the timeline's filters show ${shown.words}.`
              : `Scoring the events the timeline's filters show: ${shown.words}.`}
          </span>{" "}
          <button type="button" onClick={() => setScoreEvery(!scoreEvery)}>
            {scoreEvery ? "Score only those" : "Score every event"}
          </button>
        </p>
      )}
      {leftOut > 0 && (
        // What the file lost is not scored: a page's outcome left out read as "no outcome is recorded".
        <p className="score-left-out">
          Some of the dataset was left out ({leftOut === 1 ? "1 problem" : `${groupDigits(leftOut)} problems`}
          ): nothing it held is scored here.{" "}
          <ViewLink className="nav-link" path="/">
            The timeline lists each
          </ViewLink>
          .
        </p>
      )}
      <MissChart rows={rows} itemHref={itemHref} />
      <SummarySection caption="By publisher" noun="publishers" summaries={byPublisher} />
      <SummarySection
        caption="By kind"
        noun="kinds"
        summaries={byKind}
        label={(key) => KIND_LABELS[key as keyof typeof KIND_LABELS] ?? key}
      />
      <h3 id={everyHeading}>Every prediction</h3>
      <ScrollBox label="Every prediction">
        <table className="score-table" aria-labelledby={everyHeading}>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Source</th>
              <th scope="col">Reported</th>
              <th scope="col">What happened</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {listedRows.map((row, i) => (
              <tr key={i} className={`score-${row.score.type}`}>
                <th scope="row">
                  <Link href={itemHref(row.event.id)} ref={focus.entryRef(String(i))}>
                    <bdi>{row.event.label}</bdi>
                  </Link>
                </th>
                <td>
                  {/* An undated page says so, as on its source page: not a date left out. */}
                  <bdi>{row.claim.source.publisher}</bdi>, {publishedWords(row.claim.source)}
                </td>
                <td>
                  <bdi>{predictedWords(row, labels)}</bdi>
                </td>
                <td>{actualWords(row)}</td>
                <td>{resultWords(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
      <ListedCount
        shown={listedRows.length}
        total={rows.length}
        noun="predictions"
        step={PREDICTIONS_SHOWN}
        onMore={() => {
          focus.focusWhenShown(String(listedRows.length));
          setListed(listedRows.length + PREDICTIONS_SHOWN);
        }}
      />
    </article>
  );
}

/** How many of a list's entries are listed, and a button that lists `step` more; nothing once all are. */
function ListedCount(props: {
  readonly shown: number;
  readonly total: number;
  /** What an entry is, in the plural: "predictions". */
  readonly noun: string;
  readonly step: number;
  readonly onMore: () => void;
}) {
  const rest = props.total - props.shown;
  if (rest <= 0) return null;
  return (
    <p className="listed-count">
      Listing {props.shown.toLocaleString("en")} of {props.total.toLocaleString("en")} {props.noun}.{" "}
      <button type="button" onClick={props.onMore}>
        Show {Math.min(props.step, rest).toLocaleString("en")} more of {rest.toLocaleString("en")} left
      </button>
    </p>
  );
}

/**
 * A wide table scrolls sideways in its own box, not the page (a phone is 390 px wide): the box is a named
 * region, in the Tab order while it scrolls, so the keyboard can scroll it too; a Tab stop that scrolls
 * nothing (a desktop's box) would only be one more press.
 */
function ScrollBox({
  label,
  centre,
  children,
}: {
  readonly label: string;
  /** Where the box starts scrolled to, px from the left, when it scrolls: what to show first. */
  readonly centre?: number;
  readonly children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const scrolls = useOverflows(box);
  useLayoutEffect(() => {
    const element = box.current;
    if (element && centre !== undefined) element.scrollLeft = centre - element.clientWidth / 2;
  }, [centre]);
  return (
    // A named region, and a Tab stop, only when it scrolls (the keyboard's way to scroll it): else one more
    // landmark that repeats its heading.
    <div
      className="score-scroll"
      ref={box}
      {...(scrolls && { role: "region", "aria-label": label, tabIndex: 0 })}
    >
      {children}
    </div>
  );
}

/**
 * A summary table under its heading (a section the headings list reaches; the heading names the table too),
 * in its scroll region, listing SUMMARY_ROWS_SHOWN rows at first and more per press (a
 * dataset may have thousands of publishers); each row still counts every prediction of its key.
 */
function SummarySection({
  caption,
  noun,
  summaries,
  label = (key) => key,
}: {
  readonly caption: string;
  /** What a row is, in the plural: "publishers". */
  readonly noun: string;
  readonly summaries: readonly ScoreSummary[];
  readonly label?: (key: string) => string;
}) {
  const [listed, setListed] = useState(SUMMARY_ROWS_SHOWN);
  const focus = useFocusAfterShow<HTMLTableCellElement>();
  const heading = useId();
  const shown = summaries.slice(0, listed);
  return (
    <>
      <h3 id={heading}>{caption}</h3>
      <ScrollBox label={caption}>
        <SummaryTable
          caption={caption}
          headingId={heading}
          summaries={shown}
          label={label}
          entryRef={focus.entryRef}
        />
      </ScrollBox>
      <ListedCount
        shown={shown.length}
        total={summaries.length}
        noun={noun}
        step={SUMMARY_ROWS_SHOWN}
        onMore={() => {
          focus.focusWhenShown(String(shown.length));
          setListed(shown.length + SUMMARY_ROWS_SHOWN);
        }}
      />
    </>
  );
}

function SummaryTable({
  caption,
  headingId,
  summaries,
  label,
  entryRef,
}: {
  readonly caption: string;
  /** The id of the heading above the table, which names it. */
  readonly headingId: string;
  readonly summaries: readonly ScoreSummary[];
  readonly label: (key: string) => string;
  /** The ref of row i's header, which "show more" focuses (it takes focus, not a Tab stop). */
  readonly entryRef: (key: string) => (element: HTMLTableCellElement | null) => (() => void) | undefined;
}) {
  return (
    <table className="score-summary" aria-labelledby={headingId}>
      <thead>
        <tr>
          <th scope="col">{caption.replace(/^By /, "").replace(/^./, (c) => c.toUpperCase())}</th>
          <th scope="col">Inside the window</th>
          <th scope="col">Missed</th>
          <th scope="col">Median miss (days)</th>
          <th scope="col">Right order</th>
          <th scope="col">Wrong order</th>
          <th scope="col">Not scored</th>
        </tr>
      </thead>
      <tbody>
        {summaries.map((s, i) => (
          <tr key={s.key}>
            <th scope="row" tabIndex={-1} ref={entryRef(String(i))}>
              <bdi>{label(s.key)}</bdi>
            </th>
            {/* Grouped as the rows' "3,651,694 days late" are. */}
            <td>{s.inside.toLocaleString("en")}</td>
            <td>{s.missed.toLocaleString("en")}</td>
            <td>
              {s.medianMissDays === null
                ? "—"
                : `${s.medianAtLeast ? "at least " : ""}${s.medianMissDays.toLocaleString("en")}`}
            </td>
            <td>{s.rightOrder.toLocaleString("en")}</td>
            <td>{s.wrongOrder.toLocaleString("en")}</td>
            <td>{s.unscorable.toLocaleString("en")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const WIDTH = 640;
/**
 * The least distance between two dots' centres, px, up a pile and between piles: each dot's target is a 24 px
 * circle (WCAG 2.5.8), touching the next, never under it.
 */
const ROW = 24;
/** A dot's target radius, px: wider than the dot drawn. */
const HIT = 12;
const MARGIN = { left: 24, right: 24, top: 8, bottom: 32 };
/** The chart's text size, px, as `.miss-chart text` sets it: labels are measured at it. */
const TEXT_SIZE = 12;
/** A line of "+n" counts, px: piles 24 px apart can have counts wider than that, set on lines of their own. */
const COUNT_LINE = 16;

/** The miss in days of a dated prediction, 0 inside the window; null for one not dated. */
function missOf(row: ScoreRow): number | null {
  return row.score.type === "window" ? row.score.missDays : null;
}

/**
 * A dot per dated prediction on a miss-in-days axis (0 = inside the window); each dot is a link to its
 * quotes. A reader needs the spread of the misses and a way to a prediction's quotes, not thousands of dots
 * and Tab stops: the first DOTS_DRAWN dated predictions are drawn (the table lists every one, and the
 * summaries count every one), a pile of more than STACK_DRAWN dots is drawn that tall and says how many
 * more it holds, and the caption says what is left out. A pile per miss, 0 always its own, pushed apart or
 * merged where the axis is crowded (missPiles); the counts on lines of their own where they would touch
 * (labelLines); ticks only where their labels fit (missTicks). The axis spans every dated prediction, drawn
 * or not.
 */
function MissChart({
  rows,
  itemHref,
}: {
  readonly rows: readonly ScoreRow[];
  readonly itemHref: (id: string) => string;
}) {
  const [, navigate] = useLocation();
  const caption = useId();
  // A loop, not Math.max(...all): spreading 100,000s of values overflows the stack.
  let extent = 30;
  let datedCount = 0;
  const dated: { readonly row: ScoreRow; readonly miss: number }[] = [];
  for (const row of rows) {
    const miss = missOf(row);
    if (miss === null) continue;
    datedCount += 1;
    extent = Math.max(extent, Math.abs(miss));
    if (dated.length < DOTS_DRAWN) dated.push({ row, miss });
  }
  const x = scaleSymlog()
    .constant(7)
    .domain([-extent, extent])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  // A pile per miss, 0 always its own (missPiles): Tab (and a screen reader) takes the piles left to right,
  // each from the axis up in order of miss, as they are drawn.
  const piles = missPiles(
    dated.map((d) => d.miss),
    { x, left: MARGIN.left, right: WIDTH - MARGIN.right, spacing: ROW, stackDrawn: STACK_DRAWN },
  );
  const full = piles
    .filter((p) => p.counted.length > 0)
    .map((p) => ({ x: p.x, text: `+${p.counted.length}` }));
  const counts = labelLines(full, { left: 0, right: WIDTH, size: TEXT_SIZE, gap: 4 });
  let hidden = 0;
  let tallest = 1;
  let merged = false;
  let mergedCut = false;
  let moved = false;
  for (const p of piles) {
    hidden += p.counted.length;
    tallest = Math.max(tallest, p.drawn.length);
    merged ||= p.from !== p.to;
    mergedCut ||= p.from !== p.to && p.counted.length > 0;
    moved ||= p.moved;
  }
  const lines = counts.reduce((n, c) => Math.max(n, c.line + 1), 0);
  const height = MARGIN.top + MARGIN.bottom + ROW * tallest + COUNT_LINE * lines;
  const axisY = height - MARGIN.bottom;
  // The counts sit over the full piles' tops, the lowest line 4 px clear of their targets.
  const countY = (line: number) => axisY - STACK_DRAWN * ROW - 4 - line * COUNT_LINE;
  // A tick that a pile drawn aside passes is not labelled: "365" between 20 days late's place and its pile
  // read as its miss.
  const passed = (t: number) =>
    piles.some((p) => {
      const at = x((p.from + p.to) / 2);
      return p.moved && Math.min(at, p.x) < t && t < Math.max(at, p.x);
    });
  const ticks = missTicks(extent, x, { left: 0, right: WIDTH, size: TEXT_SIZE, gap: 8 }).filter(
    (t) => !passed(t.x),
  );
  const piling = [
    moved &&
      "a pile too close to the next is drawn aside, off its place on the axis, with a line from that place (and the ticks it passes unlabelled)",
    merged && "misses too close to draw apart share a pile, each dot named with its own miss",
    hidden > 0 &&
      `a pile is drawn at most ${STACK_DRAWN} high${mergedCut ? ", a dot of each of its misses first" : ""}, with the number of the rest above it (${hidden.toLocaleString("en")} in all)`,
  ].filter((words) => words !== false);
  return (
    // Named by its caption outright: Chromium's tree leaves a figure unnamed otherwise.
    <figure className="miss-chart" aria-labelledby={caption}>
      <figcaption id={caption}>
        Miss in days, one dot per dated prediction: 0 is inside the window, left came early, right came late.
        {datedCount === 0 && " No prediction is dated and scored yet: there is no dot to draw."}
        {dated.length < datedCount &&
          ` The first ${dated.length.toLocaleString("en")} of ${datedCount.toLocaleString("en")} dated predictions are drawn; the table below lists them all.`}
        {piling.length > 0 && ` Dots at one miss pile up; ${piling.join("; ")}.`}
      </figcaption>
      {/* On a phone the chart is wider than the screen: it starts at 0, where the hits are, not at its left. */}
      <ScrollBox label="Miss in days" centre={Math.round(x(0))}>
        <svg
          width={WIDTH}
          viewBox={`0 0 ${WIDTH} ${height}`}
          role="group"
          aria-label="Miss in days, one dot per dated prediction"
        >
          <g aria-hidden="true">
            <line
              x1={Math.round(x(0))}
              x2={Math.round(x(0))}
              y1={axisY - ROW * tallest}
              y2={axisY}
              className="miss-zero"
            />
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={axisY} y2={axisY} className="miss-axis" />
            {ticks.map((t) => (
              <g key={t.value}>
                <line x1={t.x} x2={t.x} y1={axisY} y2={axisY + 4} className="miss-axis" />
                <text x={t.labelX} y={axisY + 18} textAnchor="middle">
                  {t.label}
                </text>
              </g>
            ))}
          </g>
          {/* A pile drawn aside: a line from its misses' own place on the axis, so that a tick it passed is
              not read as its miss (20 days late drawn beside "365"). */}
          <g aria-hidden="true">
            {piles
              .filter((p) => p.moved)
              .map((p) => {
                const at = Math.round(x((p.from + p.to) / 2));
                return (
                  <g key={p.x} className="miss-leader">
                    <circle cx={at} cy={axisY} r={2.5} />
                    <line x1={at} y1={axisY} x2={p.x} y2={axisY - ROW / 2 + 7} />
                  </g>
                );
              })}
          </g>
          <g aria-hidden="true">
            {counts.map((c, k) => (
              <text key={k} x={c.x} y={countY(c.line)} textAnchor="middle" className="miss-more">
                {full[k]?.text}
              </text>
            ))}
          </g>
          {piles.flatMap((p) =>
            p.drawn.map((i, level) => {
              const dot = dated[i];
              if (!dot) return null;
              const { row, miss } = dot;
              const href = itemHref(row.event.id);
              // The page's day too: one publisher's two predictions of one event are two dots.
              const name = `${row.claim.source.publisher}, ${publishedWords(row.claim.source)}: ${row.event.label}, ${resultWords(row)}`;
              const cy = axisY - ROW / 2 - level * ROW;
              return (
                <a
                  key={i}
                  href={href}
                  aria-label={name}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(href);
                  }}
                >
                  <circle cx={p.x} cy={cy} r={HIT} className="dot-hit" />
                  <circle cx={p.x} cy={cy} r={7} className={miss === 0 ? "dot-inside" : "dot-miss"} />
                </a>
              );
            }),
          )}
        </svg>
      </ScrollBox>
    </figure>
  );
}
