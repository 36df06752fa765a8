import { useEffect, useState } from "react";
import { encodingLine, encodingNote } from "../model/encodingNote.ts";
import { counted } from "../model/counted.ts";
import { groupDigits } from "../model/groupDigits.ts";
import { printable } from "../data/printable.ts";
import type { QuoteCheck } from "../model/openDatasetFiles.ts";
import type { OpenedFile } from "./OpenDataset.tsx";
import { useFocusKeeper } from "./useFocusKeeper.ts";

/** Whether the quotes were held to the articles, in a sentence, and which .txt files were not read. */
function quotesSaid(quotes: QuoteCheck): string {
  const checked =
    quotes.kind === "unchecked"
      ? quotes.ignored.length === 0
        ? "Quotes not checked: to check them, open this file again with the articles' .txt files, all chosen together."
        : "Quotes not checked."
      : `${counted(quotes.checked, "quote")} checked against ${counted(quotes.articles, "article")}, ${groupDigits(quotes.notVerbatim)} not verbatim` +
        (quotes.unchecked > 0
          ? `, ${groupDigits(quotes.unchecked)} not checked (no article for ${namedList(quotes.missing)}).`
          : ".");
  const unmatched = quotes.kind === "checked" ? quotes.unmatched : [];
  return [
    checked,
    ...(quotes.ignored.length === 0 ? [] : [ignoredSaid(quotes.ignored)]),
    ...(unmatched.length === 0 ? [] : [unmatchedSaid(unmatched)]),
  ].join(" ");
}

/** At most this many files are named in a list; the others are counted. */
const NAMED = 3;

/** "a.txt, b.txt, c.txt, 2 more": files, or URLs. */
const namedList = (names: readonly string[]) =>
  [
    ...names.slice(0, NAMED),
    ...(names.length > NAMED ? [`${groupDigits(names.length - NAMED)} more`] : []),
  ].join(", ");

/** "Not read as articles: a.txt, b.txt (…)": an article's first line is its URL, or a manifest names it. */
function ignoredSaid(ignored: readonly string[]): string {
  return (
    `Not read as ${ignored.length === 1 ? "an article" : "articles"}: ${namedList(ignored.map((name) => printable(name, 80)))} ` +
    "(an article's first line is its URL, or a manifest.json given with it names it)."
  );
}

/** "Matched no source: b.txt (http://…) (…)": an article whose URL no source names checked nothing. */
function unmatchedSaid(unmatched: readonly string[]): string {
  return (
    `Matched no source: ${namedList(unmatched)} (an article is a source's when its URL, its first line or the ` +
    "manifest's, is the source's, whatever its http or https, capitals in the host, # part or utm_ parameters)."
  );
}

/** What a screen reader hears once the file is opened: the note, with what was read. */
function openedSaid(file: OpenedFile): string {
  const guessed = encodingNote(file.guessed);
  const { "left out": leftOut, kept } = file.problems;
  // As the page's lists say: what was left out apart from what is drawn but worth checking.
  const listed = [
    ...(leftOut > 0 ? [counted(leftOut, "problem")] : []),
    ...(kept > 0 ? [`${counted(kept, "entry", "entries")} worth checking`] : []),
  ];
  const problems =
    listed.length === 0
      ? ""
      : `, ${leftOut === 0 ? "nothing left out, " : ""}${listed.join(" and ")} listed on the page`;
  return (
    `Opened ${file.name}: ${counted(file.events, "event")}${problems}. ${quotesSaid(file.quotes)}` +
    (guessed === null ? "" : ` ${encodingLine(guessed)}`)
  );
}

/**
 * Which file is shown, whether its quotes were checked, that a link will not hold it, and the way back to
 * the dataset shown before (`before`: its `?data=`, null for the bundled one).
 */
export function OpenedFileNote({
  file,
  before,
  onClose,
}: {
  readonly file: OpenedFile;
  readonly before: string | null;
  readonly onClose: () => void;
}) {
  const guessed = encodingNote(file.guessed);
  const said = openedSaid(file);
  // Its "Back to…" button goes with it: the focus goes to <main>, not to the page's body.
  const keepFocus = useFocusKeeper();
  // Announced once a file: the live region is on the page before its words (words that arrive with their
  // region are not read out), and each file's words are a node of their own, so that a file opened again
  // is heard again while a render that changes nothing says nothing.
  const [announced, setAnnounced] = useState<{ readonly key: string; readonly said: string } | null>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setAnnounced({ key: file.key, said }));
    return () => cancelAnimationFrame(frame);
  }, [file.key, said]);
  return (
    <section className="opened-file" aria-label="Opened file" onFocus={keepFocus}>
      <p>
        Showing{" "}
        <strong>
          <bdi>{file.name}</bdi>
        </strong>
        , opened from this device (not uploaded). {quotesSaid(file.quotes)}
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
      <p>A link to this page will not include the file: it stays on this device.</p>
      <p className="visually-hidden" role="status">
        {announced !== null && <span key={announced.key}>{announced.said}</span>}
      </p>
      <button type="button" onClick={onClose}>
        {before === null ? "Back to the bundled timeline" : "Back to the dataset before"}
      </button>
    </section>
  );
}
