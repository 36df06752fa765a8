import { useState } from "react";
import type { CitedSource } from "../model/citationExport.ts";

// The writers and the download code load on first use.
const loading = () => Promise.all([import("../model/citationExport.ts"), import("./exportView.ts")]);

/** "Cite as CSL-JSON" (Zotero, Mendeley, pandoc) and "Cite as BibTeX", each quote in the note field. */
export function CiteExport({
  cited,
  filename,
}: {
  readonly cited: readonly CitedSource[];
  readonly filename: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const save = (format: "csl" | "bibtex") => {
    setError(null);
    loading()
      .then(([writers, view]) =>
        format === "csl"
          ? view.downloadText(
              writers.cslJson(cited),
              `${filename}.json`,
              "application/vnd.citationstyles.csl+json",
            )
          : view.downloadText(writers.bibtex(cited), `${filename}.bib`, "application/x-bibtex;charset=utf-8"),
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
