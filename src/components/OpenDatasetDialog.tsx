import { useEffect, type RefObject } from "react";
import type { OpeningStep } from "../model/openingStep.ts";
import { readingWords } from "../model/readingWords.ts";

/** Files being read: how far a large one has got (if it has said), and what stops the read. */
export interface Reading {
  readonly files: readonly File[];
  readonly step: OpeningStep | null;
  readonly stop: AbortController;
}

interface OpenDatasetDialogProps {
  readonly dialogRef: RefObject<HTMLDialogElement | null>;
  readonly id: string;
  readonly error: string | null;
  /** The files being read, if any. */
  readonly reading: Reading | null;
  /** A drag of files is over the drop zone. */
  readonly over: boolean;
  readonly onOver: (over: boolean) => void;
  readonly onFiles: (files: readonly File[]) => void;
  /** Called once it is in the page (OpenDataset opens it then, if it was asked for). */
  readonly onMounted: () => void;
}

/** The "Open a dataset" dialog: a file picker and a drop zone, and what went wrong with the last files. */
export function OpenDatasetDialog({
  dialogRef,
  id,
  error,
  reading,
  over,
  onOver,
  onFiles,
  onMounted,
}: OpenDatasetDialogProps) {
  useEffect(() => onMounted(), [onMounted]);
  return (
    <dialog
      ref={dialogRef}
      className="open-dialog"
      aria-labelledby={`${id}-title`}
      // A dropped file's error opens the dialog with it: an alert that was there before the dialog showed is
      // not read out, and the dialog's description is.
      aria-describedby={error ? `${id}-error` : undefined}
      onClose={() => {
        onOver(false);
        // Cancel or Escape while a file is read gives it up (after it is opened, there is nothing to stop).
        reading?.stop.abort();
      }}
    >
      <h2 id={`${id}-title`}>Open a dataset</h2>
      <p>
        A timeline in this format: a <code>.json</code> file, or a spreadsheet saved as <code>.csv</code>{" "}
        (start from{" "}
        <a href="/data/template.csv" download>
          the template
        </a>
        ). It is read on this device and never uploaded.
      </p>
      <p>
        To check the quotes, add the articles as <code>.txt</code> files, each starting with its URL on the
        first line (or listed in a <code>manifest.json</code>).
      </p>
      <div
        className={`drop-zone${over ? " over" : ""}`}
        onDragEnter={() => onOver(true)}
        onDragLeave={() => onOver(false)}
      >
        <label htmlFor={`${id}-files`}>Choose files, or drop them here</label>
        <input
          // The attribute (React's autoFocus sets none): showModal() focuses the file chooser first, not the
          // template's link above it.
          ref={(input) => input?.setAttribute("autofocus", "")}
          id={`${id}-files`}
          type="file"
          multiple
          accept=".json,.csv,.tsv,.txt,application/json,text/csv,text/tab-separated-values,text/plain"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = "";
            if (files.length > 0) onFiles(files);
          }}
        />
      </div>
      {/* There before it speaks, so that it is heard. */}
      <p role="status" className="open-reading">
        {reading && readingWords(reading.files, reading.step)}
      </p>
      {error && (
        <p id={`${id}-error`} role="alert" className="open-error">
          {error}
        </p>
      )}
      <form method="dialog">
        <button type="submit">Cancel</button>
      </form>
    </dialog>
  );
}
