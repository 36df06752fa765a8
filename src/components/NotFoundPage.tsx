import { Link } from "wouter";
import { printable } from "../data/printable.ts";

interface NotFoundPageProps {
  /** The path asked for, echoed back (cut and made printable: it is anyone's text). */
  readonly path: string;
  /** The timeline's and the scorecard's addresses, keeping the dataset parameter. */
  readonly timelineHref: string;
  readonly scorecardHref: string;
}

/** A path the app has no page for: said plainly, with the ways back, instead of a timeline at a wrong URL. */
export function NotFoundPage({ path, timelineHref, scorecardHref }: NotFoundPageProps) {
  return (
    <article className="not-found">
      <h2>Page not found</h2>
      <p>
        There is no page at <code>{printable(path)}</code>.
      </p>
      <ul>
        <li>
          <Link className="nav-link" href={timelineHref}>
            Go to the timeline
          </Link>
        </li>
        <li>
          <Link className="nav-link" href={scorecardHref}>
            Go to the scorecard: who got the dates right
          </Link>
        </li>
      </ul>
    </article>
  );
}
