import { useQueryClient } from "@tanstack/react-query";
import { lazyView } from "../lazyView.ts";
import { ErrorBoundary } from "./ErrorBoundary.tsx";
import { Suspense, useCallback, useEffect, useId, useRef, useState } from "react";
import type { ProblemEffect } from "../data/problemLog.ts";
import type { GuessedEncoding } from "../model/encodingNote.ts";
import type { QuoteCheck } from "../model/openDatasetFiles.ts";
import type { Reading } from "./OpenDatasetDialog.tsx";

/** A dataset opened from this device: in the query cache under `key`, never uploaded. */
export interface OpenedFile {
  readonly key: string;
  readonly name: string;
  readonly quotes: QuoteCheck;
  readonly guessed: readonly GuessedEncoding[];
  /** What was read: the events drawn, and the problems listed on the page, by what they did. */
  readonly events: number;
  readonly problems: Readonly<Record<ProblemEffect, number>>;
}

interface OpenDatasetProps {
  readonly onOpened: (opened: OpenedFile) => void;
  /** How many times a button elsewhere on the page asked for the dialog (MissingFilePage's): each opens it. */
  readonly asked?: number;
}

const OpenDatasetDialog = lazyView(() => import("./OpenDatasetDialog.tsx").then((m) => m.OpenDatasetDialog));

/**
 * "Open a dataset…": a file picker and a drop zone (the whole page takes a drop too) for a .json or .csv
 * dataset, with article .txt files to check its quotes. Files are read and validated in the browser.
 */
export function OpenDataset({ onOpened, asked: askedElsewhere = 0 }: OpenDatasetProps) {
  const queryClient = useQueryClient();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  // A file dragged over the page, which a drop anywhere opens: said on the page, not only in the dialog.
  const [pageOver, setPageOver] = useState(false);
  // The files being read: the dialog says so, and how far a large one has got; closed, it gives them up.
  const [reading, setReading] = useState<Reading | null>(null);
  // Files opened while others are read take their place: the others are given up.
  const latest = useRef<AbortController | null>(null);
  // The dialog's markup loads on first use (it is not needed to draw the page); asked for before it has
  // mounted, it opens as it mounts.
  const [dialogWanted, setDialogWanted] = useState(false);
  // Each ask while the dialog is not there: one after its download failed tries again (the boundary's key).
  const [asked, setAsked] = useState(0);
  const openOnMount = useRef(false);
  const showDialog = () => {
    const element = dialog.current;
    if (element) {
      if (!element.open) element.showModal();
      return;
    }
    openOnMount.current = true;
    setDialogWanted(true);
    setAsked((n) => n + 1);
  };
  const onDialogMounted = useCallback(() => {
    if (!openOnMount.current) return;
    openOnMount.current = false;
    dialog.current?.showModal();
  }, []);

  const open = (files: readonly File[]) => {
    latest.current?.abort();
    const stop = new AbortController();
    latest.current = stop;
    setError(null);
    setReading({ files, step: null, stop });
    // A dropped file over a megabyte shows the dialog, to say what the page is doing meanwhile.
    if (files.some((file) => file.size > 1e6)) showDialog();
    import("./openLocalDataset.ts")
      .then(({ openLocalDataset }) =>
        openLocalDataset(files, queryClient, (step) => setReading({ files, step, stop }), stop.signal),
      )
      .then((file) => {
        if (stop.signal.aborted) return;
        dialog.current?.close();
        onOpened(file);
      })
      .catch((e: unknown) => {
        if (stop.signal.aborted) return;
        setError(e instanceof Error ? e.message : String(e));
        showDialog();
      })
      .finally(() => setReading((now) => (now?.stop === stop ? null : now)));
  };
  // Asked for from elsewhere, the dialog opens afresh, as from its own button.
  const answered = useRef(askedElsewhere);
  useEffect(() => {
    if (askedElsewhere === answered.current) return;
    answered.current = askedElsewhere;
    setError(null);
    showDialog();
  }, [askedElsewhere]);
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  });

  // A file dropped anywhere on the page opens too.
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes("Files") ?? false;
    // Entered and left element by element: over the page while more were entered than left.
    let depth = 0;
    const onDragOver = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const onDragEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth += 1;
      setPageOver(true);
    };
    const onDragLeave = (e: DragEvent) => {
      if (!hasFiles(e) || --depth > 0) return;
      depth = 0;
      setPageOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      setPageOver(false);
      openRef.current([...(e.dataTransfer?.files ?? [])]);
    };
    const events = { dragover: onDragOver, dragenter: onDragEnter, dragleave: onDragLeave, drop: onDrop };
    for (const [name, on] of Object.entries(events)) window.addEventListener(name, on as EventListener);
    return () => {
      for (const [name, on] of Object.entries(events)) window.removeEventListener(name, on as EventListener);
    };
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => {
          // Opened again, the dialog starts afresh: the last file's error is not said again.
          setError(null);
          showDialog();
        }}
      >
        Open a dataset…
      </button>
      {pageOver && (
        // Decorative: the drop is a pointer's, and the page says what it opened once it has.
        <p className="page-drop" aria-hidden="true">
          Drop the file to open it here
        </p>
      )}
      {dialogWanted && (
        <ErrorBoundary name="the open dialog" resetKeys={[asked]}>
          <Suspense fallback={null}>
            <OpenDatasetDialog
              dialogRef={dialog}
              id={id}
              error={error}
              reading={reading}
              over={over}
              onOver={setOver}
              onFiles={open}
              onMounted={onDialogMounted}
            />
          </Suspense>
        </ErrorBoundary>
      )}
    </>
  );
}
