import { DatasetError } from "../data/DatasetError.ts";
import type { ProblemEffect } from "../data/problemLog.ts";
import { problemsByEffect } from "../data/problemsByEffect.ts";
import { printable } from "../data/printable.ts";
import { verifyQuotes } from "../data/verifyQuotes.ts";
import { SAVE_AS_CSV, WORKBOOK_NAME } from "../data/workbookKind.ts";
import { articleManifest } from "./articleManifest.ts";
import type { FileEncoding } from "./decodeFileText.ts";
import { guessedIn, type GuessedEncoding } from "./encodingNote.ts";
import { isArticleText } from "./isArticleText.ts";
import type { OpeningStep } from "./openingStep.ts";
import { parseDatasetFileSteps } from "./parseDatasetFile.ts";
import { prepareParsed } from "./prepareDataset.ts";
import { runSteps } from "./runSteps.ts";
import { isTabSeparatedTxt, renameTabSeparatedTxt } from "./tabSeparatedTxt.ts";
import type { PreparedDataset } from "./prepareDataset.ts";

/** A file as the browser read it (readLocalFiles, which refuses one too large): never uploaded anywhere. */
export interface LocalFile {
  readonly name: string;
  readonly text: string;
  /** How its bytes were read (decodeFileText); absent: text as given, UTF-8. */
  readonly encoding?: FileEncoding;
}

/**
 * Whether the quotes were held to the articles; either way, the .txt files given that were not read as an
 * article (not named by the manifest given with them, and no URL on their first line), named so none goes
 * unsaid.
 */
export type QuoteCheck = { readonly ignored: readonly string[] } & (
  | { readonly kind: "unchecked" }
  | {
      readonly kind: "checked";
      readonly checked: number;
      /** The articles a source's URL names: those the quotes were checked against. */
      readonly articles: number;
      readonly notVerbatim: number;
      readonly unchecked: number;
      /** The URLs of the sources of those quotes, which no article given has. */
      readonly missing: readonly string[];
      /** The article files whose URL no source's names ("b.txt (https://…)"): they checked nothing. */
      readonly unmatched: readonly string[];
    }
);

export interface OpenedDataset {
  /** The dataset file's name, as shown on the page. */
  readonly name: string;
  readonly prepared: PreparedDataset;
  readonly quotes: QuoteCheck;
  /** The files (the dataset, or articles) read in an encoding that was guessed. */
  readonly guessed: readonly GuessedEncoding[];
  /** How many problems the page lists, by what they did: those "and N more like" lines stand for too. */
  readonly problemCounts: Readonly<Record<ProblemEffect, number>>;
}

const isDataset = (name: string) => /\.(json|csv|tsv)$/i.test(name) && name.toLowerCase() !== "manifest.json";

/** Why files with no dataset among them are refused, and what to choose instead. */
function noDataset(files: readonly LocalFile[]): DatasetError {
  // A tab-separated sheet named .txt (Excel's "Unicode Text", say) would be taken for an article.
  const sheet = files.find((f) => isTabSeparatedTxt(f.name, f.text));
  if (sheet !== undefined)
    return new DatasetError(
      `${renameTabSeparatedTxt(sheet.name, sheet.encoding, "an article")} and open it again.`,
    );
  const workbook = files.find((f) => WORKBOOK_NAME.test(f.name));
  if (workbook !== undefined)
    return new DatasetError(`${workbook.name} is a spreadsheet workbook, not CSV: ${SAVE_AS_CSV}.`);
  // Only articles, or their manifest (added after a file was opened, as its note asks): they are read with
  // their dataset.
  const texts = files.filter((f) => /\.txt$/i.test(f.name));
  const manifest = (f: LocalFile) => f.name.toLowerCase() === "manifest.json";
  if (files.length > 0 && files.every((f) => texts.includes(f) || manifest(f))) {
    const [only] = texts;
    const what =
      texts.length === 0
        ? "manifest.json names a dataset's articles and is"
        : only !== undefined && files.length === 1
          ? `${only.name} is an article,`
          : "These are articles,";
    return new DatasetError(
      `${what} not a dataset: choose the dataset (.json, .csv or .tsv) and its articles together, in one choice.`,
    );
  }
  return new DatasetError("Choose a .json, .csv or .tsv dataset (article .txt files may come with it).");
}

/**
 * Files a reader picked or dropped → the dataset they hold, validated exactly as `?data=` is. One `.json`
 * or `.csv` (or `.tsv`) is the dataset. Article texts (`.txt`) check the quotes, matched to sources by URL: through a
 * `manifest.json` like check:data's (`{"sources": [{"file": "a.txt", "url": "https://…"}]}`), and each text
 * it does not name by its first line, which is its URL.
 */
export function openDatasetFiles(files: readonly LocalFile[]): OpenedDataset {
  return runSteps(openDatasetFilesSteps(files));
}

/** openDatasetFiles as steps, for the page to pace (paceSteps): a large sheet takes seconds. */
export function* openDatasetFilesSteps(files: readonly LocalFile[]): Generator<OpeningStep, OpenedDataset> {
  const datasets = files.filter((file) => isDataset(file.name));
  const [file] = datasets;
  if (file === undefined) throw noDataset(files);
  if (datasets.length > 1) {
    throw new DatasetError(`Choose one dataset at a time, not ${datasets.map((d) => d.name).join(" and ")}.`);
  }
  // The reader takes either separator whatever the sheet's name.
  const parsed = yield* parseDatasetFileSteps(file.name, file.text);
  const { articles, ignored, filesOf } = articleTexts(files);
  let quotes: QuoteCheck = { kind: "unchecked", ignored };
  let problems = parsed.problems;
  if (articles.size > 0) {
    // Each quote not found is named where it is in the file: a sheet's row, a JSON file's own path.
    const report = verifyQuotes(parsed.dataset, articles, undefined, parsed.quoteAt);
    problems = [...problems, ...report.problems];
    quotes = {
      kind: "checked",
      ignored,
      checked: report.checked,
      articles: articles.size - report.unused.length,
      notVerbatim: report.problems.length,
      unchecked: report.unchecked,
      missing: report.missing.map((url) => printable(url, 100)),
      unmatched: report.unused.flatMap((url) =>
        (filesOf.get(url) ?? []).map((name) => `${printable(name, 80)} (${printable(url, 100)})`),
      ),
    };
  }
  // Said beside the opened file, so that a wrong guess is seen.
  const guessed = [file, ...files.filter((f) => /\.txt$/i.test(f.name))].flatMap(({ name, encoding }) =>
    guessedIn(name, encoding),
  );
  const byEffect = problemsByEffect(problems, parsed.omitted);
  yield { kind: "preparing", events: parsed.dataset.events.length };
  return {
    name: file.name,
    // Not where the quotes are: the page keeps the dataset, not the file's reading (all of it, for a sheet).
    prepared: prepareParsed({ dataset: parsed.dataset, problems, omitted: parsed.omitted }),
    quotes,
    guessed,
    problemCounts: { "left out": byEffect["left out"].total, kept: byEffect.kept.total },
  };
}

/**
 * The articles' texts by URL, the files of each URL, and the names of the .txt files that are none: as a
 * file opened on the page gives them, and as `check:data` reads a folder of them.
 */
export function articleTexts(files: readonly LocalFile[]): {
  readonly articles: Map<string, string>;
  readonly ignored: readonly string[];
  readonly filesOf: ReadonlyMap<string, readonly string[]>;
} {
  const texts = files.filter((file) => /\.txt$/i.test(file.name));
  const manifestFile = files.find((file) => file.name.toLowerCase() === "manifest.json");
  const articles = new Map<string, string>();
  // Two files of one URL (an article's pages, saved apart) are one article: each quote is looked for in
  // both, rather than the first dropped unsaid.
  const filesOf = new Map<string, string[]>();
  const add = (url: string, text: string, name: string) => {
    const before = articles.get(url);
    articles.set(url, before === undefined ? text : `${before}\n${text}`);
    filesOf.set(url, [...(filesOf.get(url) ?? []), name]);
  };
  const read = new Set<string>();
  for (const entry of manifestFile ? articleManifest(manifestFile.text) : []) {
    const text = texts.find((t) => t.name === entry.file);
    if (text) {
      add(entry.url, text.text, text.name);
      read.add(text.name);
    }
  }
  // A text the manifest does not name is read by its first line, its URL, as without a manifest: an article
  // added to the folder later is not left out for it.
  for (const { name, text } of texts) {
    if (read.has(name) || !isArticleText(text)) continue;
    const [first = "", ...rest] = text.replace(/^\uFEFF/, "").split(/\r?\n/);
    add(first.trim(), rest.join("\n"), name);
    read.add(name);
  }
  return { articles, ignored: texts.map((t) => t.name).filter((name) => !read.has(name)), filesOf };
}
