import { Link } from "wouter";
import { printable } from "../data/printable.ts";
import { FILES_HELD } from "../model/heldFiles.ts";
import { PageTitle } from "./PageTitle.tsx";

interface MissingFilePageProps {
  /** The file the URL names (`?file=`): anyone's text, cut and made printable. */
  readonly name: string;
  /** The site's title, after the page's own in the tab. */
  readonly title: string;
  /** Opened in this visit, then let go to free memory (heldFiles): not a link's or a reload's. */
  readonly letGo: boolean;
  /** Opens the Open a dataset dialog, to pick the file again. */
  readonly onOpen: () => void;
}

/**
 * A URL naming a file opened from a device that this page does not hold (a reload, a copied link, another
 * visit): the file was never uploaded, so it cannot be shown. Said plainly, with the ways on, rather than
 * another dataset shown as if it were the file.
 */
export function MissingFilePage({ name, title, letGo, onOpen }: MissingFilePageProps) {
  const file = printable(name);
  return (
    <article className="missing-file">
      <PageTitle text={`File not opened · ${title}`} />
      <h2>
        <bdi>{file}</bdi> is not opened here
      </h2>
      {letGo ? (
        <p>
          <bdi>{file}</bdi> was opened in this visit, then let go: the page holds the {FILES_HELD} files shown
          last, each read whole into memory. It was never uploaded, so it cannot be fetched again.
        </p>
      ) : (
        <p>
          This address was of <bdi>{file}</bdi>, a file opened from a device and never uploaded: a link or a
          reload cannot open it again.
        </p>
      )}
      <p>
        To see it, open it again from your device, or drop it here.{" "}
        <button type="button" onClick={onOpen}>
          Open <bdi>{file}</bdi> again…
        </button>
      </p>
      <p>
        <Link className="nav-link" href="/">
          Go to the bundled timeline
        </Link>
      </p>
    </article>
  );
}
