import { encodingNote } from "../model/encodingNote.ts";
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
  const guessed = encodingNote(file.guessed);
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
        {/* In the same note as the rest, so that it is read with the file's name. */}
        {guessed !== null && (
          <>
            {guessed.files.map((name, index) => (
              <span key={index}>
                {index === 0 ? " " : ", "}
                <bdi>{name}</bdi>
              </span>
            ))}{" "}
            {guessed.said}
          </>
        )}
      </p>
      <button type="button" onClick={onClose}>
        Back to the bundled timeline
      </button>
    </section>
  );
}
