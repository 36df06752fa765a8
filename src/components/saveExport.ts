import type { Dataset } from "../data/schema.ts";
import { blobSteps } from "../model/blobSteps.ts";
import { datasetToCsvSteps } from "../model/datasetToCsv.ts";
import { datasetFileStem } from "../model/datasetFileStem.ts";
import { exportFileName } from "../model/exportFileName.ts";
import { datasetJsonSteps } from "../model/datasetJsonSteps.ts";
import { paceSteps } from "../model/paceSteps.ts";
import { NOTHING_SAID, type SavingStep } from "../model/savingStep.ts";
import { selectionTitle } from "../model/selectionTitle.ts";
import { subsetDatasetSteps } from "../model/subsetDataset.ts";
import { buildScene } from "../scene/buildScene.ts";
import { pictureRows } from "../scene/sceneSvg.ts";
import type { TimelineItem } from "../model/timelineItems.ts";
import { downloadBlob, downloadPng, downloadSvg, type SceneToBuild } from "./exportView.ts";

/** What the toolbar saves: a picture of the chart, the items shown as CSV or JSON, or every event as JSON. */
export type SaveKind = "svg" | "png" | "csv" | "json" | "all";

/** What a save needs of the page: the scene shown, the dataset and the items shown, and the day. */
export interface SaveFrom {
  readonly shownScene: () => SceneToBuild | null;
  readonly dataset: Dataset;
  readonly items: readonly TimelineItem[];
  /** The day (UTC ms) the timeline is known as of, when that day held later reports back; else null. */
  readonly asOf: number | null;
  /** Some of the dataset was left out by problems: a CSV or JSON holds only what was read. */
  readonly incomplete: boolean;
  /** The dataset's address, or the key of the file opened: the saved files are named after it. */
  readonly url: string;
}

/**
 * Saves what the toolbar's button of that kind offers. Loaded on the first click (ExportMenu), with the
 * export code and the words of the files' titles and names.
 */
export async function saveExport(
  kind: SaveKind,
  { shownScene, dataset, items, asOf, incomplete, url }: SaveFrom,
): Promise<void> {
  const filtered = items.length < dataset.events.length;
  // Every file's name says what it holds: a selection, the timeline of an earlier day, or both; a CSV or
  // JSON of a file that lost items to problems says it is incomplete, lest it be hosted as the whole.
  const name = (extension: string, selection = filtered, data = true) =>
    exportFileName(datasetFileStem(url), { selection, asOf, incomplete: data && incomplete }, extension);
  const shown = () => new Set(items.map((item) => item.id));
  // A data file is made in slices, so that a large dataset's save (half a second at 20k events with claims)
  // keeps the page answering: the subset, its text and the text's encoding are one run of steps, paused
  // every 50 ms.
  const saveFile = async (file: Generator<SavingStep, Blob>, filename: string) =>
    downloadBlob(await paceSteps(file, NOTHING_SAID), filename);
  switch (kind) {
    case "svg":
    case "png": {
      const shown = shownScene();
      if (shown === null) return;
      const scene = { ...shown, scene: buildScene(shown.input) };
      // A tall chart's picture holds the rows scrolled to, as the page shows it: its caption says which.
      const all = scene.scene.rows;
      const { rows } = pictureRows(scene.scene, scene);
      const [first, last] = [rows[0], rows.at(-1)];
      const cut = first &&
        last && { first: all.indexOf(first) + 1, last: all.indexOf(last) + 1, of: all.length };
      // Said in every file saved from a filtered view or an earlier day: the JSON's and CSV's title
      // (subsetDataset), the SVG's and PNG's caption.
      const caption = selectionTitle(dataset, filtered ? items.length : dataset.events.length, asOf, cut);
      if (kind === "svg") downloadSvg(scene, caption, name("svg", filtered, false));
      else await downloadPng(scene, caption, name("png", filtered, false));
      return;
    }
    case "csv":
      // The spreadsheet layout, so that a saved CSV opens again; a BOM tells Excel it is UTF-8.
      return saveFile(
        (function* () {
          const { rows } = yield* datasetToCsvSteps(yield* subsetDatasetSteps(dataset, shown(), asOf));
          return yield* blobSteps(["\uFEFF", ...rows], "text/csv;charset=utf-8");
        })(),
        name("csv"),
      );
    case "json":
    case "all": {
      const all = kind === "all";
      const ids = all ? new Set(dataset.events.map((e) => e.id)) : shown();
      return saveFile(
        (function* () {
          const pieces = yield* datasetJsonSteps(yield* subsetDatasetSteps(dataset, ids, asOf));
          return yield* blobSteps([...pieces, "\n"], "application/json");
        })(),
        name("json", filtered && !all),
      );
    }
  }
}
