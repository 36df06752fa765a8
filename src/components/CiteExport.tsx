import { useState } from "react";
import type { CitedSource } from "../model/citationExport.ts";
import { exportFileName } from "../model/exportFileName.ts";

// The writers and the download code load on first use.
const loading = () => Promise.all([import("../model/citationExport.ts"), import("./exportView.ts")]);

/** "Cite as CSL-JSON" (Zotero, Mendeley, pandoc) and "Cite as BibTeX", each quote in the note field. */
export function CiteExport({
  cited,
  filename,
  asOf = null,
}: {
  readonly cited: readonly CitedSource[];
  /** The file's name, without its extension. */
  readonly filename: string;
  /**
   * The day (UTC ms) the sources are those known by, when that held later ones back: the file's name says
   * it, so that it is told apart from the file of all of them (each reference is true whatever the day).
   */
  readonly asOf?: number | null;
}) {
  const name = (extension: string) => exportFileName(filename, { asOf }, extension);
  const [error, setError] = useState<string | null>(null);
  const save = (format: "csl" | "bibtex") => {
    setError(null);
    loading()
      .then(([writers, view]) =>
        format === "csl"
          ? view.downloadText(writers.cslJson(cited), name("json"), "application/vnd.citationstyles.csl+json")
          : view.downloadText(writers.bibtex(cited), name("bib"), "application/x-bibtex;charset=utf-8"),
      )
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  const what = cited.length === 1 ? "this source" : `these ${cited.length} sources`;
  return (
    <p className="cite-export" role="group" aria-label={`Cite ${what}`}>
      <button type="button" onClick={() => save("csl")}>
        Cite as CSL-JSON
      </button>{" "}
      <button type="button" onClick={() => save("bibtex")}>
        Cite as BibTeX
      </button>
      {error && <span role="alert"> Export failed: {error}</span>}
    </p>
  );
}
