import { useId, useState } from "react";
import { DAY_MS } from "../model/asOfParam.ts";
import { dayWords } from "../dates/dayWords.ts";
import { IdleButton } from "./IdleButton.tsx";

interface AsOfControlProps {
  /** Every day something became known (UTC ms, ascending). */
  readonly days: readonly number[];
  /** The day the page opens on (the newest report's), which How it turned out, pressed again, goes back to. */
  readonly standard: number;
  /** The chosen day (UTC ms); Infinity: how it turned out. */
  readonly day: number;
  readonly onChange: (day: number, options?: { replace?: boolean }) => void;
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
export function AsOfControl({ days, standard, day, onChange }: AsOfControlProps) {
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
        <IdleButton idle={previous === undefined} onClick={() => previous !== undefined && step(previous)}>
          Previous report
        </IdleButton>
        <IdleButton idle={next === undefined} onClick={() => next !== undefined && step(next)}>
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
      {/* A button's step moves the slider, which only says so when it has focus: the day is said here. */}
      <p className="visually-hidden" role="status">
        {stepped ? (Number.isFinite(day) ? `Known as of ${words}` : "How it turned out") : ""}
      </p>
    </section>
  );
}
