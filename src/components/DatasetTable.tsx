import { useState } from "react";
import { CERTAINTY_LABELS, KIND_LABELS } from "../data/labels.ts";
import type { ShowGroup } from "../model/showGroups.ts";
import { Quote } from "../chart/Quote.tsx";

/** Rows shown per show at first, and per "show more": a table of 20k events must not be 300k elements. */
const PAGE = 100;

interface DatasetTableProps {
  readonly groups: readonly ShowGroup[];
  readonly selectedId: string | null;
  readonly onSelect: (id: string) => void;
  /** Keeps each row's button by id, so that focus can return to it without querying the page. */
  readonly register?: (id: string, element: HTMLButtonElement | null) => void;
}

/** The items as readable tables, one per show: the full alternative to the chart. */
export function DatasetTable({ groups, selectedId, onSelect, register }: DatasetTableProps) {
  const [shown, setShown] = useState<ReadonlyMap<string, number>>(new Map());
  if (groups.length === 0) return <p className="chart-empty">No events match the filters.</p>;
  return (
    <div className="dataset-table">
      {groups.map(({ show, items }) => {
        const limit = Math.max(
          shown.get(show.id) ?? PAGE,
          items.findIndex((item) => item.id === selectedId) + 1,
        );
        const rest = items.length - limit;
        return (
          <table key={show.id} aria-labelledby={`caption-${show.id}`}>
            <caption id={`caption-${show.id}`}>
              <bdi>{show.title}</bdi>{" "}
              <span className="count">({items.length === 1 ? "1 event" : `${items.length} events`})</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">When</th>
                <th scope="col">Certainty</th>
                <th scope="col">What the sources said</th>
              </tr>
            </thead>
            <tbody>
              {items.slice(0, limit).map(({ id, event, when, citations }) => (
                <tr key={id} className={id === selectedId ? "selected" : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button"
                      data-event-id={id}
                      ref={(element) => {
                        register?.(id, element);
                        return () => register?.(id, null);
                      }}
                      onClick={() => onSelect(id)}
                    >
                      <bdi>{event.label}</bdi>
                    </button>
                    <span className="kind">{KIND_LABELS[event.kind]}</span>
                  </th>
                  <td>{when}</td>
                  <td>
                    <span className={`certainty certainty-${event.certainty}`}>
                      {CERTAINTY_LABELS[event.certainty]}
                    </span>
                  </td>
                  <td>
                    <ul className="citations">
                      {citations.map(({ quote, source }, index) => (
                        <li key={index}>
                          <Quote quote={quote} source={source} />
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
            {rest > 0 && (
              <tfoot>
                <tr>
                  <td colSpan={4}>
                    <button type="button" onClick={() => setShown(new Map(shown).set(show.id, limit + PAGE))}>
                      Show {Math.min(PAGE, rest)} more of {rest} left
                    </button>
                  </td>
                </tr>
              </tfoot>
            )}
          </table>
        );
      })}
    </div>
  );
}
