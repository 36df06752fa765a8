import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { datasetQueryOptions } from "../model/datasetQueryOptions.ts";
import { withEdtfGrammar } from "../dates/edtfGrammar.ts";
import type { QuoteCheck } from "../model/openDatasetFiles.ts";

/** A dataset opened from this device: in the query cache under `key`, never uploaded. */
export interface OpenedFile {
  readonly key: string;
  readonly name: string;
  readonly quotes: QuoteCheck;
}

interface OpenDatasetProps {
  readonly onOpened: (opened: OpenedFile) => void;
}

let opened = 0;

/**
 * "Open a dataset…": a file picker and a drop zone (the whole page takes a drop too) for a .json or .csv
 * dataset, with article .txt files to check its quotes. Files are read and validated in the browser.
 */
export function OpenDataset({ onOpened }: OpenDatasetProps) {
  const queryClient = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);

  const open = (files: readonly File[]) => {
    setError(null);
    // The converter and the CSV parser load on first use.
    Promise.all([
      import("../model/openDatasetFiles.ts"),
      ...files.map(async (f) => ({ name: f.name, text: await f.text() })),
    ])
      // The EDTF grammar loads too when a date needs it.
      .then(([module, ...texts]) => withEdtfGrammar(() => module.openDatasetFiles(texts)))
      .then((result) => {
        opened += 1;
        const key = `local:${opened}:${result.name}`;
        queryClient.setQueryData(datasetQueryOptions(key).queryKey, result.prepared);
        dialog.current?.close();
        onOpened({ key, name: result.name, quotes: result.quotes });
      })
      .catch((e: unknown) => {
        setError(e instanceof Error ? e.message : String(e));
        if (dialog.current && !dialog.current.open) dialog.current.showModal();
      });
  };
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  });

  // A file dropped anywhere on the page opens too.
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes("Files") ?? false;
    const onDragOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(false);
      openRef.current([...(e.dataTransfer?.files ?? [])]);
    };
    window.addEventListener("dragover", onDragOver);
    window.addEventListener("drop", onDrop);
    return () => {
      window.removeEventListener("dragover", onDragOver);
      window.removeEventListener("drop", onDrop);
    };
  }, []);

  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        Open a dataset…
      </button>
      <dialog
        ref={dialog}
        className="open-dialog"
        aria-labelledby={`${id}-title`}
        onClose={() => setOver(false)}
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
          onDragEnter={() => setOver(true)}
          onDragLeave={() => setOver(false)}
        >
          <label htmlFor={`${id}-files`}>Choose files, or drop them here</label>
          <input
            id={`${id}-files`}
            type="file"
            multiple
            accept=".json,.csv,.txt,application/json,text/csv,text/plain"
            onChange={(e) => {
              const files = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = "";
              if (files.length > 0) open(files);
            }}
          />
        </div>
        {error && (
          <p role="alert" className="open-error">
            {error}
          </p>
        )}
        <form method="dialog">
          <button type="submit">Cancel</button>
        </form>
      </dialog>
    </>
  );
}
