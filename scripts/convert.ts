// npm run convert -- IN OUT
// Converts a dataset between the JSON format and the spreadsheet CSV layout, by the files' extensions:
// in.csv → out.json writes the validated JSON (problems are listed by row and column); in.json → out.csv
// writes the CSV layout, naming any field the layout cannot carry. On any problem it writes nothing and exits
// 1; with --force it writes the file without what the problems left out (bad rows, fields), and exits 1. A
// problem whose item the page draws all the same (a look-alike host, a colour ignored) counts too, said as kept.
// It writes over a file already there only with --force too.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, extname, resolve } from "node:path";
import { DatasetError } from "../src/data/DatasetError.ts";
import { workbookKind } from "../src/data/workbookKind.ts";
import { datasetToCsv } from "../src/model/datasetToCsv.ts";
import { decodeFileText } from "../src/model/decodeFileText.ts";
import { encodingLine, encodingNote, guessedIn } from "../src/model/encodingNote.ts";
import { parseDatasetFile } from "../src/model/parseDatasetFile.ts";
import { isTabSeparatedTxt, renameTabSeparatedTxt } from "../src/model/tabSeparatedTxt.ts";
import { loadEdtfGrammar } from "../src/dates/edtfGrammar.ts";
import { counted } from "../src/model/counted.ts";
import { problemLines, problemsSaid } from "./problemLines.ts";
import { fileErrorWords } from "./fileErrorWords.ts";

// Paths as the reader typed them: from the folder npm was run in (npm runs the script from the project's).
process.chdir(process.env["INIT_CWD"] ?? process.cwd());

function main(): number {
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const [input, output, ...extra] = args.filter((arg) => arg !== "--force");
  if (!input || !output || extra.length > 0) {
    console.log(
      "usage: npm run convert -- in.csv out.json [--force]   (or in.json out.csv; --force writes despite " +
        "problems, and over an output file already there)",
    );
    return 2;
  }
  const to = extname(output).toLowerCase();
  // The format is the output's extension: anything else would be JSON under a name that says otherwise.
  if (to !== ".json" && to !== ".csv") {
    console.log(
      `${output}: the converted file's name must end in .json or .csv (the format it is written in)`,
    );
    return 2;
  }
  // Written over its own input, a sheet would be lost, and with --force the rows its problems left out too.
  if (resolve(input) === resolve(output)) {
    console.log(`${output} is the file being converted: write the converted dataset to another file`);
    return 2;
  }
  // Another dataset, or one an author fixed by hand since it was converted, would be lost without a word.
  if (!force && existsSync(output)) {
    console.log(
      `${output} is already there: add --force to write over it, or write the converted dataset to another file`,
    );
    return 2;
  }
  let parsed;
  try {
    // As the page reads a local file: UTF-8, UTF-16 with its BOM, or Excel's Windows-1252.
    const { text, encoding } = decodeFileText(readFileSync(input));
    const note = encodingNote(guessedIn(basename(input), encoding));
    // A workbook is not text at all: the encoding guess would only send the reader the wrong way.
    if (note !== null && workbookKind(text) === null) console.log(`${input}: ${encodingLine(note)}`);
    if (isTabSeparatedTxt(input, text)) {
      console.log(`${renameTabSeparatedTxt(input, encoding, "JSON")} and convert it again.`);
      return 1;
    }
    // As the page opens it and check:data checks it: a JSON key given twice is told too.
    parsed = parseDatasetFile(basename(input), text);
  } catch (error) {
    // As check:data says it: Node's own words (ENOENT: no such file or directory, open …) say less.
    console.log(
      `${input}: ${error instanceof DatasetError ? error.message : `cannot read: ${fileErrorWords(error, "converted")}`}`,
    );
    return 1;
  }
  const { lines, count, kept } = problemLines(input, parsed);
  const unlisted = count - lines.length;
  let contents: string;
  if (to === ".csv") {
    const { csv, lost } = datasetToCsv(parsed.dataset);
    lines.push(...lost.map((what) => `${input}: cannot travel in CSV: ${what}`));
    // A BOM, as Save CSV and the template have: without it Excel reads UTF-8 as Windows-1252 ("Ã—" for "×").
    contents = `\uFEFF${csv}`;
  } else {
    contents = `${JSON.stringify(parsed.dataset, null, 2)}\n`;
  }
  // A file with problems would lack what they left out, and look whole: it is written only when asked.
  const written = lines.length === 0 || force;
  if (written) {
    try {
      writeFileSync(output, contents);
    } catch (error) {
      console.log(`${output}: cannot write: ${(error as Error).message}`);
      return 1;
    }
  }
  for (const line of lines) console.log(line);
  const { events, sources } = parsed.dataset;
  const total = lines.length + unlisted;
  const [them, leave] = total === 1 ? ["it", "it leaves"] : ["them", "they leave"];
  // Problems that all kept their items leave nothing out: the file is written as read.
  const without = total === kept ? "as read" : `without what ${leave} out`;
  const outcome = !written
    ? `; ${output} not written: fix ${them}, or add --force to write it ${without}`
    : total > 0
      ? `; written anyway (--force), ${without}`
      : "";
  console.log(
    `convert ${input} → ${output}: ${counted(events.length, "event")}, ${counted(sources.length, "source")}; ${problemsSaid(total, kept)}${outcome}`,
  );
  return lines.length === 0 ? 0 : 1;
}

// Datasets whose dates are not all plain ISO need the grammar, which the page loads on demand.
await loadEdtfGrammar();
process.exit(main());
