import type { OpenedFile } from "./OpenDataset.tsx";

/** Which file is shown, whether its quotes were checked, and the way back to the bundled timeline. */
export function OpenedFileNote({
  file,
  onClose,
}: {
  readonly file: OpenedFile;
  readonly onClose: () => void;
}) {
  const { quotes } = file;
  return (
    <section className="opened-file" aria-label="Opened file">
      <p>
        Showing{" "}
        <strong>
          <bdi>{file.name}</bdi>
        </strong>
        , opened from this device (not uploaded).{" "}
        {quotes.kind === "unchecked"
          ? "Quotes not checked: add the articles' .txt files to check them."
          : `${quotes.checked} quotes checked against ${quotes.articles} articles, ${quotes.notVerbatim} not verbatim` +
            (quotes.unchecked > 0 ? `, ${quotes.unchecked} not checked (no article).` : ".")}
      </p>
      <button type="button" onClick={onClose}>
        Back to the bundled timeline
      </button>
    </section>
  );
}
