import { CERTAINTY_LABELS, KIND_LABELS } from "../data/labels.ts";
import type { ShowGroup } from "../data/showGroups.ts";
import { dateWords } from "../timeline/dateWords.ts";

/** The dataset as readable tables, one per show: the accessible alternative to the chart. */
export function DatasetTable({ groups }: { readonly groups: readonly ShowGroup[] }) {
  return (
    <div className="dataset-table">
      {groups.map(({ show, rows }) => (
        <table key={show.id} aria-labelledby={`caption-${show.id}`}>
          <caption id={`caption-${show.id}`}>
            {show.title}{" "}
            <span className="count">({rows.length === 1 ? "1 event" : `${rows.length} events`})</span>
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
            {rows.map(({ event, when, citations }) => (
              <tr key={event.id} id={`event-${event.id}`} data-event-id={event.id}>
                <th scope="row">
                  <bdi>{event.label}</bdi>
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
