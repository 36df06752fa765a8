import { useId, useMemo, useState } from "react";
import type { Dataset } from "../data/schema.ts";
import { changesOn, type Change } from "../model/changesOn.ts";

interface WhatChangedProps {
  /** The whole dataset, every report in it. */
  readonly dataset: Dataset;
  /** The chosen day (UTC ms). */
  readonly day: number;
  readonly onOpen: (eventId: string) => void;
}

const KIND_WORDS: Record<Change["kind"], string> = {
  added: "Added",
  moved: "Moved",
  ordered: "Ordered",
  contradicted: "Contradicted",
  outcome: "Outcome",
};

/** Lines shown before "Show all": a big dataset's busiest day can change thousands of events. */
export const CHANGES_SHOWN = 25;

/** What the chosen day's reports added, moved, ordered or contradicted; each line opens its citations. */
export function WhatChanged({ dataset, day, onOpen }: WhatChangedProps) {
  const id = useId();
  const changes = useMemo(() => changesOn(dataset, day), [dataset, day]);
  const [all, setAll] = useState(false);
  const shown = all ? changes : changes.slice(0, CHANGES_SHOWN);
  return (
    <section className="what-changed" aria-labelledby={id}>
      <h2 id={id}>What changed that day ({changes.length})</h2>
      {changes.length === 0 ? (
        <p>No report that day.</p>
      ) : (
        <ul>
          {shown.map((change) => (
            <li key={`${change.event}:${change.citation}:${change.kind}`}>
              <button type="button" className="link-button" onClick={() => onOpen(change.event)}>
                <span className={`change-kind change-${change.kind}`}>{KIND_WORDS[change.kind]}</span>{" "}
                <bdi>{change.text}</bdi>
              </button>
            </li>
          ))}
        </ul>
      )}
      {shown.length < changes.length && (
        <button type="button" onClick={() => setAll(true)}>
          Show all {changes.length.toLocaleString("en")} changes
        </button>
      )}
    </section>
  );
}
