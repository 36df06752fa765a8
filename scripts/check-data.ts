// npm run check:data [DATASET] [SOURCES_DIR]   (DATASET: .json, or .csv in the spreadsheet layout; SOURCES_DIR
// may be one article's .txt file)
// Schema, references, unique ids, start ≤ end, the generated JSON Schema being current, and — when
// SOURCES_DIR (or the second argument) names the articles — every quote verbatim in its article, and every
// outcome quote part of a quote that ../research/outcomes.json (beside SOURCES_DIR) gives for its page.
// One line per problem; exit 1 on any, a problem whose item the page still draws (a look-alike host, a quote
// not verbatim) included: the bundled dataset has none, and each is said as kept.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { DatasetError } from "../src/data/DatasetError.ts";
import { jsonSchema } from "../src/data/jsonSchema.ts";
import { verifyQuotes } from "../src/data/verifyQuotes.ts";
import { articleManifest } from "../src/model/articleManifest.ts";
import { articleTexts, type LocalFile } from "../src/model/openDatasetFiles.ts";
import { decodeFileText } from "../src/model/decodeFileText.ts";
import { encodingLine, encodingNote, guessedIn, type GuessedEncoding } from "../src/model/encodingNote.ts";
import { parseDatasetFile } from "../src/model/parseDatasetFile.ts";
import { isTabSeparatedTxt, renameTabSeparatedTxt } from "../src/model/tabSeparatedTxt.ts";
import { loadEdtfGrammar } from "../src/dates/edtfGrammar.ts";
import { counted } from "../src/model/counted.ts";
import { problemLine, problemLines, problemsSaid } from "./problemLines.ts";
import { fileErrorWords } from "./fileErrorWords.ts";

// Paths as the reader typed them: from the folder npm was run in (npm runs the script from the project's).
process.chdir(process.env["INIT_CWD"] ?? process.cwd());

const root = resolve(import.meta.dirname, "..");
const file = resolve(process.argv[2] ?? join(root, "public/data/timeline.json"));
const sourcesDir = process.argv[3] ?? process.env["SOURCES_DIR"];
const lines: string[] = [];

function main(): number {
  let parsed;
  try {
    // As the page reads a local file: UTF-8, UTF-16 with its BOM, or Excel's Windows-1252.
    const decoded = decodeFileText(readFileSync(file));
    const { text } = decoded;
    if (isTabSeparatedTxt(file, text)) {
      console.log(`${renameTabSeparatedTxt(file, decoded.encoding, "JSON")} and check it again.`);
      return 1;
    }
    // A spreadsheet in the CSV layout is checked the same way, its problems named by row and column.
    parsed = parseDatasetFile(basename(file), text);
    // Said, not counted as a problem: the guess is most likely right. Only of a file read, as the page says
    // it: one refused is told what it is (UTF-16 without its mark, a workbook, binary data), and the guess
    // would only send the reader the wrong way.
    const note = encodingNote(guessedIn(basename(file), decoded.encoding));
    if (note !== null) console.log(`${file}: ${encodingLine(note)}`);
  } catch (error) {
    const message = error instanceof DatasetError ? error.message : `cannot read: ${fileErrorWords(error)}`;
    console.log(`${file}: ${message}`);
    return 1;
  }
  const { dataset } = parsed;
  const parseProblems = problemLines(file, parsed);
  lines.push(...parseProblems.lines);
  /** Problems beyond one per line: those an "and … more like" line stands for. */
  const unlisted = parseProblems.count - parseProblems.lines.length;
  let kept = parseProblems.kept;

  const schemaFile = join(root, "public/data/timeline.schema.json");
  if (file === join(root, "public/data/timeline.json")) {
    if (!existsSync(schemaFile) || readFileSync(schemaFile, "utf8") !== jsonSchema()) {
      lines.push(`${schemaFile}: out of date with src/data/schema.ts: run npm run schema`);
    }
  }

  let quoteSummary = "quotes not checked (set SOURCES_DIR to the articles' folder to check them)";
  if (sourcesDir) {
    let articles: Map<string, string>;
    try {
      const read = articlesIn(sourcesDir);
      articles = read.articles;
      const note = encodingNote(read.guessed);
      if (note !== null) console.log(`${sourcesDir}: ${encodingLine(note)}`);
      // Said as the page says it: a .txt file given is an article, or named as not one.
      if (read.ignored.length > 0)
        console.log(
          `${sourcesDir}: not read as articles: ${firstThree(read.ignored)} (an article's first line is its URL, or the folder's manifest.json names it)`,
        );
    } catch (error) {
      // Said as a problem of the folder or its manifest, like any other, not as a stack trace.
      console.log((error as Error).message);
      return 1;
    }
    if (articles.size === 0) {
      lines.push(
        `${sourcesDir}: no article in it (a .txt file whose first line is its URL, or a manifest.json that names each file's URL)`,
      );
    } else {
      const outcomesFile = join(sourcesDir, "..", "research", "outcomes.json");
      const outcomes = existsSync(outcomesFile) ? readOutcomes(outcomesFile) : undefined;
      // Each quote not found is named where it is in the file: a sheet's row, a JSON file's own path.
      const report = verifyQuotes(dataset, articles, outcomes, parsed.quoteAt);
      for (const p of report.problems) lines.push(problemLine(file, p));
      kept += report.problems.length;
      const against = outcomes ? ` and ${counted(outcomes.size, "outcome page")}` : "";
      // Counted as the page counts them: the articles a source's URL names, which the quotes were checked against.
      const matched = articles.size - report.unused.length;
      quoteSummary = `${counted(report.checked, "quote")} checked against ${counted(matched, "article")}${against}, ${report.problems.length} not verbatim`;
      if (report.unchecked > 0)
        quoteSummary += `, ${report.unchecked} ${report.unchecked === 1 ? "cites a source" : "cite sources"} outside the article set (${firstThree(report.missing)})`;
      // An article no source's URL names checked nothing: a typo in either URL, said rather than passed over.
      if (report.unused.length > 0)
        quoteSummary += `, ${counted(report.unused.length, "article")} no source's URL names (${firstThree(report.unused)})`;
    }
  }
  for (const line of lines) console.log(line);
  console.log(
    `check:data ${file}: ${counted(dataset.events.length, "event")}, ${counted(dataset.sources.length, "source")}; ` +
      `${quoteSummary}; ${problemsSaid(lines.length + unlisted, kept)}`,
  );
  return lines.length === 0 ? 0 : 1;
}

/** "a, b, c, …": the first three of a list of URLs. */
const firstThree = (urls: readonly string[]) =>
  `${urls.slice(0, 3).join(", ")}${urls.length > 3 ? ", …" : ""}`;

/**
 * The articles in a folder by URL, read as the page reads the files given with a dataset: through the
 * folder's manifest.json when it has one, and each other .txt file whose first line is its URL. Throws a line to
 * print (its file first) for a folder or manifest that cannot be read, or a file the manifest names that is
 * not there (which the page, given only some files, cannot tell).
 */
function articlesIn(folder: string): {
  articles: Map<string, string>;
  ignored: readonly string[];
  guessed: readonly GuessedEncoding[];
} {
  const manifestFile = join(folder, "manifest.json");
  const read = (name: string) => ({ name, ...decodeFileText(readFileSync(join(folder, name))) });
  // The files read in an encoding that was guessed, said as the page says them beside the files it opened.
  const withGuesses = (files: readonly LocalFile[]) => ({
    ...articleTexts(files),
    guessed: files.flatMap(({ name, encoding }) => guessedIn(name, encoding)),
  });
  // One article's file, as the page takes one: read by its first line, its URL.
  if (/\.txt$/i.test(folder) && statSync(folder, { throwIfNoEntry: false })?.isFile())
    return withGuesses([{ name: basename(folder), ...decodeFileText(readFileSync(folder)) }]);
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => /\.txt$/i.test(name));
  } catch (error) {
    throw new Error(`${folder}: ${fileErrorWords(error, "articles")}`, { cause: error });
  }
  if (!existsSync(manifestFile)) return withGuesses(names.map(read));
  const manifest = { name: "manifest.json", text: readFileSync(manifestFile, "utf8") };
  // Each file the manifest names read once, by the name it gives (a subfolder's too), then the folder's
  // other .txt files, for the ones not read as articles to be named.
  let named;
  try {
    named = articleManifest(manifest.text).map((entry) => {
      // Node's own words (ENOENT: no such file or directory, open …) say less than this.
      if (!existsSync(join(folder, entry.file)))
        throw new Error(`names ${entry.file}, which is not in ${folder}`);
      return read(entry.file);
    });
  } catch (error) {
    throw new Error(`${manifestFile}: ${(error as Error).message}`, { cause: error });
  }
  const others = names.filter((name) => !named.some((file) => file.name === name)).map(read);
  return withGuesses([manifest, ...named, ...others]);
}

/** outcomes.json → page URL → every quote it gives for that page. */
function readOutcomes(path: string): Map<string, string[]> {
  const { outcomes } = JSON.parse(readFileSync(path, "utf8")) as {
    outcomes: { url: string; quote: string; other_quotes?: string[] }[];
  };
  const byUrl = new Map<string, string[]>();
  for (const o of outcomes)
    byUrl.set(o.url, [...(byUrl.get(o.url) ?? []), o.quote, ...(o.other_quotes ?? [])]);
  return byUrl;
}

// Datasets whose dates are not all plain ISO need the grammar, which the page loads on demand.
await loadEdtfGrammar();
process.exit(main());
