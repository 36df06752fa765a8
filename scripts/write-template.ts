// npm run template — writes public/data/template.csv, the spreadsheet layout filled with the bundled
// dataset, for people to copy. A unit test fails when it is out of date.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { templateCsv } from "./templateCsv.ts";
import { loadEdtfGrammar } from "../src/dates/edtfGrammar.ts";

const root = resolve(import.meta.dirname, "..");
await loadEdtfGrammar();
writeFileSync(resolve(root, "public/data/template.csv"), templateCsv(root));
console.log("wrote public/data/template.csv");
