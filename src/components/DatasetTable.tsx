import { CERTAINTY_LABELS, KIND_LABELS } from "../data/labels.ts";
import { dateWords } from "../timeline/dateWords.ts";
import type { ShowGroup } from "../timeline/showGroups.ts";

interface DatasetTableProps {
  readonly groups: readonly ShowGroup[];
  readonly selectedId?: string | null;
  readonly onSelect?: (id: string) => void;
}

/** The items as readable tables, one per show: the full alternative to the chart. */
export function DatasetTable({ groups, selectedId = null, onSelect }: DatasetTableProps) {
  if (groups.length === 0) return <p className="chart-empty">No events match the filters.</p>;
  return (
    <div className="dataset-table">
      {groups.map(({ show, items }) => (
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
            {items.map(({ id, event, when, citations }) => (
              <tr key={id} data-event-id={id} className={id === selectedId ? "selected" : undefined}>
                <th scope="row">
                  {onSelect ? (
                    <button
                      type="button"
                      className="link-button"
                      data-event-id={id}
                      onClick={() => onSelect(id)}
                    >
                      <bdi>{event.label}</bdi>
                    </button>
                  ) : (
                    <bdi>{event.label}</bdi>
                  )}
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
                        <blockquote cite={source.url}>
                          <bdi>“{quote}”</bdi>
                        </blockquote>
                        <span className="attribution">
                          — <bdi>{source.publisher}</bdi>, {dateWords(source.published)}
                        </span>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
