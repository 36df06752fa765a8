import { useId, useState } from "react";
import { DAY_MS } from "../model/asOfParam.ts";
import { dayWords } from "../dates/dayWords.ts";
import { counted } from "../model/counted.ts";
import { IdleButton } from "./IdleButton.tsx";

interface AsOfControlProps {
  /** Every day something became known (UTC ms, ascending). */
  readonly days: readonly number[];
  /** The day the page opens on (the newest report's), which How it turned out, pressed again, goes back to. */
  readonly standard: number;
  /** The chosen day (UTC ms); Infinity: how it turned out. */
  readonly day: number;
  readonly onChange: (day: number, options?: { replace?: boolean }) => void;
  /**
   * The events not on the timeline on the day shown: first reported on a later day, and known only from
   * undated pages (on no day: only as things turned out).
   */
  readonly unshown: {
    readonly later: number;
    readonly undated: number;
    /** Filters are on: the counts are of every event, which the filters may hide. */
    readonly filtered: boolean;
  };
}

/**
 * The day the timeline is known as of in words ("11 May 2016"), for the readout and for assistive tech.
 * A plain day needs no EDTF: the date-words module stays out of the first load.
 */
function asOfWords(day: number): string {
  return Number.isFinite(day) ? dayWords(day) : "how it turned out";
}

/**
 * Sets the day the timeline is known as of: a slider over the days (one step a day, the readout in words),
 * buttons to step from report to report, and one to see how it all turned out.
 */
export function AsOfControl({ days, standard, day, onChange, unshown }: AsOfControlProps) {
  const id = useId();
  // Whether the day was last set by a button (then said in the status line), not by the slider.
  const [stepped, setStepped] = useState(false);
  const first = days[0];
  const last = days.at(-1);
  if (first === undefined || last === undefined) return null;
  const at = Number.isFinite(day) ? Math.min(Math.max(day, first), last) : last;
  // Steps go from the day itself, not from where the slider stops: from a day before the first report, Next
  // is the first report; from one after the last (or how it turned out), Previous is the last.
  const previous = days.filter((d) => d < day).at(-1);
  const next = days.find((d) => d > day);
  const words = asOfWords(day);
  // Otherwise the count of events shown says nothing of those still to come, or of those no day shows.
  const notYet = [
    ...(unshown.later > 0 ? [`${counted(unshown.later, "event")} first reported after it`] : []),
    ...(unshown.undated > 0
      ? [`${counted(unshown.undated, "event")} known only from undated pages, which How it turned out shows`]
      : []),
  ];
  // Each step's day in its button's name, heard before the press (the readout is for the eye).
  // In the name, not in a hidden span: Chrome names a button "Previous report , to 2 May 2016" with one
  // (the span, positioned, is a block to it, and a block is set apart by a space).
  const toDay = (name: string, d?: number) => (d === undefined ? undefined : `${name}, to ${dayWords(d)}`);
  const step = (to: number) => {
    setStepped(true);
    onChange(to);
  };
  return (
    <section className="as-of" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-slider`}>
        Known as of
      </label>{" "}
      {/* The slider announces its own value (aria-valuetext); this is the same, for the eye. */}
      <span className="as-of-readout" aria-hidden="true">
        {words}
      </span>
      <input
        id={`${id}-slider`}
        type="range"
        min={0}
        max={(last - first) / DAY_MS}
        step={1}
        value={(at - first) / DAY_MS}
        aria-valuetext={words}
        // Dragging rewrites the URL in place; the buttons add history steps.
        onChange={(e) => {
          setStepped(false);
          onChange(first + Number(e.currentTarget.value) * DAY_MS, { replace: true });
        }}
        // From a day past the reports (or how it turned out), or before them, where the slider rests at its
        // end, the first step into them is the end's report day: the browser's own step would skip it.
        onKeyDown={(e) => {
          if ((day > last ? /Left|Down|End/ : day < first ? /Right|Up|Home/ : /^$/).test(e.key)) {
            e.preventDefault();
            setStepped(false);
            onChange(at, { replace: true });
          }
        }}
      />
      <div className="as-of-buttons">
        {/* With no report there, a step does nothing and says so, keeping the keyboard's focus. */}
        <IdleButton
          idle={previous === undefined}
          label={toDay("Previous report", previous)}
          onClick={() => previous !== undefined && step(previous)}
        >
          Previous report
        </IdleButton>
        <IdleButton
          idle={next === undefined}
          label={toDay("Next report", next)}
          onClick={() => next !== undefined && step(next)}
        >
          Next report
        </IdleButton>
        {/* A toggle: pressed again, it goes back to the day the page opens on. */}
        <button
          type="button"
          aria-pressed={!Number.isFinite(day)}
          // A dataset of outcomes alone has no report day to go back to: its last day.
          onClick={() => step(Number.isFinite(day) ? Infinity : Number.isFinite(standard) ? standard : last)}
        >
          How it turned out
        </button>
      </div>
      {Number.isFinite(day) && notYet.length > 0 && (
        <p className="as-of-unshown">
          Not on the timeline as of this day{unshown.filtered ? ", filters aside" : ""}: {notYet.join("; ")}.
        </p>
      )}
      {/* A button's step moves the slider, which only says so when it has focus: the day is said here. */}
      <p className="visually-hidden" role="status">
        {stepped ? (Number.isFinite(day) ? `Known as of ${words}` : "How it turned out") : ""}
      </p>
    </section>
  );
}
