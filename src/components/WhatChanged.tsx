import { dayWords } from "../dates/dayWords.ts";
import { startTransition, useCallback, useEffect, useId, useState } from "react";
import type { Dataset } from "../data/schema.ts";
import type { Change } from "../model/changesOn.ts";
import { pacedChanges } from "../model/pacedChanges.ts";
import { useFocusAfterShow } from "./useFocusAfterShow.ts";
import { useFocusKeeper } from "./useFocusKeeper.ts";
import { HiddenItemNotice, type HiddenItemNote } from "./HiddenItemNotice.tsx";
import { hiddenItemWords } from "./hiddenItemWords.ts";

interface WhatChangedProps {
  /** The whole dataset, every report in it. */
  readonly dataset: Dataset;
  /** The chosen day (UTC ms). */
  readonly day: number;
  /** Opens an event's citations; the line that opened them takes focus back when they close. */
  readonly onOpen: (eventId: string, opener: HTMLElement) => void;
  /** Why the event a line opened cannot open (the filters hide it), said under that line. */
  readonly notice?: HiddenItemNote | null;
}

const KIND_WORDS: Record<Change["kind"], string> = {
  added: "Added",
  dated: "Dated",
  moved: "Moved",
  narrowed: "Narrowed",
  reworded: "Reworded",
  ordered: "Ordered",
  contradicted: "Contradicted",
  repeated: "Repeated",
  outcome: "Outcome",
};

/** Lines shown at first: a big dataset's busiest day can change thousands of events. */
export const CHANGES_SHOWN = 25;
/** Lines each "show more" adds: all 16,511 of a busy day at once were one 3.8 s task. */
export const CHANGES_STEP = 250;

/** A busy day's lines, once read, and what they are of. */
interface ReadDay {
  readonly dataset: Dataset;
  readonly day: number;
  readonly lines: Change[];
}

const NONE: Change[] = [];

const changeKey = (change: Change) => `${change.event}:${change.citation}:${change.kind}`;

/**
 * What the chosen day's reports added, moved, ordered, contradicted or repeated, and the outcomes shown
 * from that day (changesOn); each line opens its citations. A day the as-of control steps to always has a
 * line: both read the days claims are first shown (DatedClaim.shownFrom).
 */
export function WhatChanged({ dataset, day, onOpen, notice = null }: WhatChangedProps) {
  const id = useId();
  // A big day's lines are read in later tasks, so that no task of a step holds the page: meanwhile the
  // list last read stays, under its own day's heading, and the section is busy.
  const paced = pacedChanges(dataset, day);
  const [read, setRead] = useState<ReadDay | null>(null);
  const [failed, setFailed] = useState<{ readonly error: unknown } | null>(null);
  useEffect(() => {
    if (paced.state === "read") return;
    let live = true;
    paced.reading.then(
      (lines) => live && startTransition(() => setRead({ dataset, day, lines })),
      (error: unknown) => live && setFailed({ error }),
    );
    return () => {
      live = false;
    };
  }, [paced, dataset, day]);
  const list: Omit<ReadDay, "dataset"> | null =
    paced.state === "read" ? { day, lines: paced.lines } : read?.dataset === dataset ? read : null;
  const changes = list?.lines ?? NONE;
  // How many are listed, for the day's list it was asked on: another day starts again at CHANGES_SHOWN.
  const [listed, setListed] = useState({ changes, count: CHANGES_SHOWN });
  const count = listed.changes === changes ? listed.count : CHANGES_SHOWN;
  const shown = changes.slice(0, count);
  const rest = changes.length - shown.length;
  const focus = useFocusAfterShow<HTMLButtonElement>();
  const keepFocus = useFocusKeeper();
  // The line last pressed: a notice about its event goes under it (or, that line gone, under the heading).
  // Its action takes focus once, for the press: not again when a new day moves or rewords the notice.
  const [pressed, setPressed] = useState<{ readonly key: string; readonly focus: boolean } | null>(null);
  const noticeAt =
    notice && pressed && shown.some((c) => changeKey(c) === pressed.key && c.event === notice.id)
      ? pressed.key
      : null;
  const focused = useCallback(() => setPressed((p) => p && { key: p.key, focus: false }), []);
  const words = notice ? hiddenItemWords(notice) : null;
  const noticeHere = (at: string | null) =>
    notice &&
    words &&
    noticeAt === at && (
      <HiddenItemNotice
        key={`${notice.id}:${words.text}`}
        note={notice}
        words={words}
        takeFocus={at !== null && pressed?.focus === true}
        onFocused={focused}
      />
    );
  // The view's error boundary says what failed.
  if (failed) throw failed.error;
  // A busy day, the first read: nothing until its lines are.
  if (!list) return null;
  return (
    // Takes the focus when a day takes away the line that had it (useFocusKeeper).
    <section
      className="what-changed"
      aria-labelledby={id}
      aria-busy={list.day !== day || undefined}
      tabIndex={-1}
      onFocus={keepFocus}
    >
      {/* The day in the heading: heard from the list, away from the slider that says it. */}
      <h2 id={id}>
        What changed on {dayWords(list.day)} ({changes.length})
      </h2>
      {noticeHere(null)}
      {changes.length === 0 ? (
        <p>No report that day.</p>
      ) : (
        <ul>
          {shown.map((change) => (
            <li key={changeKey(change)}>
              <button
                type="button"
                className="link-button"
                ref={focus.entryRef(changeKey(change))}
                onClick={(e) => {
                  setPressed({ key: changeKey(change), focus: true });
                  onOpen(change.event, e.currentTarget);
                }}
              >
                {/* The colon keeps the kind apart from the source after it ("Repeated: Screen Rant…"). */}
                <span className={`change-kind change-${change.kind}`}>{KIND_WORDS[change.kind]}:</span>{" "}
                {/* Each part isolated: a right-to-left label cannot carry the words around it. */}
                <bdi>{change.parts.source}</bdi>: <bdi>{change.parts.label}</bdi>:{" "}
                <bdi>{change.parts.words}</bdi>
              </button>
              {noticeHere(changeKey(change))}
            </li>
          ))}
        </ul>
      )}
      {rest > 0 && (
        <button
          type="button"
          onClick={() => {
            const first = changes[shown.length];
            if (first) focus.focusWhenShown(changeKey(first));
            setListed({ changes, count: shown.length + CHANGES_STEP });
          }}
        >
          Show {Math.min(CHANGES_STEP, rest).toLocaleString("en")} more of {rest.toLocaleString("en")} left
        </button>
      )}
    </section>
  );
}
