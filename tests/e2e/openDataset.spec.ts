import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { COLUMNS } from "../../src/data/csvLayout.ts";
import { MAX_DATASET_BYTES } from "../../src/model/fetchDataset.ts";
import { csvCell } from "../../src/data/csvCell.ts";
import { expect, serveFixture, test } from "./fixtures.ts";
import { expectInert } from "./expectInert.ts";
import { expectIncompleteSaveNote } from "./expectIncompleteSave.ts";
import { savedFile } from "./savedFile.ts";
import { PAYLOADS, TEXT_PAYLOADS } from "./payloads.ts";

const HEADER = COLUMNS.map((c) => c.header);
const GOOD: Record<string, string> = {
  "event id": "",
  show: "My Show",
  season: "1",
  kind: "filming",
  label: "My show films",
  start: "2016-05",
  end: "",
  certainty: "reported",
  relations: "",
  note: "",
  "source id": "",
  "source title": "An article",
  publisher: "Example News",
  author: "",
  published: "2016-05-11",
  url: "https://example.com/one",
  quote: "Filming starts in May 2016, the studio said.",
};
const row = (over: Record<string, string> = {}) =>
  HEADER.map((h) => csvCell({ ...GOOD, ...over }[h] ?? "")).join(",");
const csvFile = (name: string, lines: string[]) => ({
  name,
  mimeType: "text/csv",
  buffer: Buffer.from(`${lines.join("\r\n")}\r\n`),
});
const MY_CSV = csvFile("my-timeline.csv", [
  "#title,My own timeline",
  HEADER.join(","),
  row(),
  row({ kind: "release", label: "My show premieres", start: "2016-09-30", quote: "It will premiere later." }),
]);
const GOOD_JSON = {
  name: "good.json",
  mimeType: "application/json",
  buffer: readFileSync(resolve(import.meta.dirname, "../fixtures/good.json")),
};

async function pick(page: Page, files: Parameters<Page["setInputFiles"]>[1]) {
  await page.getByRole("button", { name: "Open a dataset…" }).click();
  await page.getByLabel("Choose files, or drop them here").setInputFiles(files);
}

/** Drops files on the page as a file manager would. */
async function drop(page: Page, files: readonly { name: string; mimeType: string; buffer: Buffer }[]) {
  const transfer = await page.evaluateHandle(
    (list) => {
      const data = new DataTransfer();
      for (const f of list) data.items.add(new File([f.text], f.name, { type: f.mimeType }));
      return data;
    },
    files.map((f) => ({ name: f.name, mimeType: f.mimeType, text: f.buffer.toString("utf8") })),
  );
  await page.dispatchEvent("main", "dragover", { dataTransfer: transfer });
  await page.dispatchEvent("main", "drop", { dataTransfer: transfer });
}

test("a CSV opened with the file picker is shown under its own title, and the way back is offered", async ({
  page,
}) => {
  await page.goto("/?view=table");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Marvel × Netflix: what the news said");
  await pick(page, MY_CSV);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My own timeline");
  await expect(page).toHaveTitle("My own timeline");
  const note = page.getByRole("region", { name: "Opened file" });
  await expect(note).toContainText("my-timeline.csv");
  await expect(note).toContainText("Quotes not checked");
  await expect(note).not.toContainText("a guess");
  // What was read is said to a screen reader too, in a polite live region.
  await expect(note.getByRole("status")).toHaveText(/^Opened my-timeline\.csv: \d+ events?[.,]/);
  await expect(page.getByRole("row", { name: /My show premieres/ })).toContainText("30 September 2016");
  // By the keyboard: the button goes with its note, and the focus to the page's main content, not its body.
  await note.getByRole("button", { name: "Back to the bundled timeline" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Marvel × Netflix: what the news said");
  await expect(page.getByRole("region", { name: "Opened file" })).toHaveCount(0);
  await expect(page.getByRole("main")).toBeFocused();
});

test("a file opened over a filtered, earlier, open view starts at its own default view", async ({ page }) => {
  await page.goto("/?show=daredevil&kind=release&asof=2016-05-11&event=daredevil-2-release&q=season");
  await expect(page.getByRole("dialog")).toBeVisible();
  await pick(page, MY_CSV);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My own timeline");
  // Nothing of the view before carries over: its kind filter alone would hide one of the two events.
  await expect(page.getByRole("status").filter({ hasText: "events shown" })).toHaveText(
    "2 of 2 events shown",
  );
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByRole("searchbox", { name: /Search/ })).toHaveValue("");
  expect(new URL(page.url()).search).toBe("?file=my-timeline.csv");
  // The way back starts the bundled timeline afresh too, in the view chosen (the table).
  await page.getByRole("button", { name: "Table" }).click();
  await page.getByRole("checkbox", { name: /^Release/ }).uncheck();
  await page.getByRole("button", { name: "Back to the bundled timeline" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Marvel × Netflix: what the news said");
  expect(new URL(page.url()).search).toBe("?view=table");
});

test("a file opened over a ?data= dataset: the URL names the file, a reload says it is not held, closing gives the dataset back", async ({
  page,
}) => {
  await serveFixture(page, "good.json");
  await page.goto("/?data=/fixtures/good.json&view=table");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A small complete dataset");
  await pick(page, MY_CSV);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My own timeline");
  // The URL no longer names the dataset before: a copied link would show that one, not the file.
  expect(new URL(page.url()).search).toBe("?view=table&file=my-timeline.csv");
  const note = page.getByRole("region", { name: "Opened file" });
  await expect(note).toContainText("A link to this page will not include the file: it stays on this device.");
  // Within this visit, the pages' links keep the file.
  await page.getByRole("link", { name: /Scorecard/ }).click();
  await expect(page).toHaveURL(/\/scorecard\?view=table&file=my-timeline\.csv$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My own timeline");
  await page.getByRole("link", { name: "← Back to the timeline" }).click();
  await expect(page.getByRole("row", { name: /My show premieres/ })).toBeVisible();
  // Closed, the note gives back the dataset before, at its address.
  await note.getByRole("button", { name: "Back to the dataset before" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A small complete dataset");
  expect(new URL(page.url()).search).toBe("?view=table&data=%2Ffixtures%2Fgood.json");
  await expect(note).toHaveCount(0);

  // Opened again and reloaded: the page cannot have the file back, and says so, showing no other dataset.
  await pick(page, MY_CSV);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My own timeline");
  await page.reload();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("my-timeline.csv is not opened here");
  await expect(page.getByRole("main")).toContainText("a link or a reload cannot open it again");
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("A small complete dataset");
  await page.getByRole("link", { name: "Go to the bundled timeline" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Marvel × Netflix: what the news said");
  expect(new URL(page.url()).search).toBe("");
  // Back to it, the page's own button opens the dialog to pick the file again.
  await page.goBack();
  await page.getByRole("button", { name: "Open my-timeline.csv again…" }).click();
  await page.getByRole("dialog").getByLabel("Choose files, or drop them here").setInputFiles(MY_CSV);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My own timeline");
  await expect(page.getByRole("dialog")).toHaveCount(0);
});

test("Back from a file's page shows the dataset its address names, and Forward the file again", async ({
  page,
}) => {
  await serveFixture(page, "good.json");
  await page.goto("/?data=/fixtures/good.json&view=table");
  await page.getByRole("link", { name: /Scorecard/ }).click();
  await expect(page).toHaveURL(/\/scorecard\?data=/);
  await pick(page, MY_CSV);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My own timeline");
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A small complete dataset");
  await expect(page.getByRole("region", { name: "Opened file" })).toHaveCount(0);
  await page.goForward();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My own timeline");
  await expect(page.getByRole("region", { name: "Opened file" })).toContainText("my-timeline.csv");
});

test("opening a file is a step Back undoes, to the view it was opened from; each file opened stays reachable", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("checkbox", { name: /Iron Fist/ }).uncheck();
  await expect.poll(() => new URL(page.url()).search).toBe("?show-except=iron-fist");
  await pick(page, MY_CSV);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My own timeline");
  await pick(page, GOOD_JSON);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A small complete dataset");
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My own timeline");
  await expect(page.getByRole("region", { name: "Opened file" })).toContainText("my-timeline.csv");
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Marvel × Netflix: what the news said");
  expect(new URL(page.url()).search).toBe("?show-except=iron-fist");
  await expect(page.getByRole("checkbox", { name: /Iron Fist/ })).not.toBeChecked();
  await page.goForward();
  await page.goForward();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A small complete dataset");
  await expect(page.getByRole("region", { name: "Opened file" })).toContainText("good.json");
  // The page is another dataset's: what had the focus is gone, and the focus is on the main content.
  await page.locator("svg [data-event-id]").first().focus();
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My own timeline");
  await expect(page.getByRole("main")).toBeFocused();
});

test("Back reaches each of the last three files opened; one opened before them says it was let go, and opens again", async ({
  page,
}) => {
  await serveFixture(page, "good.json");
  await page.goto("/?data=/fixtures/good.json");
  const sheet = (n: number) => csvFile(`sheet-${n}.csv`, [`#title,Sheet ${n}`, HEADER.join(","), row()]);
  const heading = page.getByRole("heading", { level: 1 });
  for (const n of [1, 2, 3, 4]) {
    await pick(page, sheet(n));
    await expect(heading).toHaveText(`Sheet ${n}`);
  }
  // sheet-2 opened again, edited: it takes its own place, and the newest three are 3, 4 and 2.
  await pick(page, csvFile("sheet-2.csv", ["#title,Sheet 2 (edited)", HEADER.join(","), row()]));
  await expect(heading).toHaveText("Sheet 2 (edited)");
  for (const title of ["Sheet 4", "Sheet 3"]) {
    await page.goBack();
    await expect(heading).toHaveText(title);
    await expect(page.locator("svg [data-event-id]")).toHaveCount(1);
  }
  // Back to sheet-2's first address: the edited file, the one the name now holds.
  await page.goBack();
  await expect(heading).toHaveText("Sheet 2 (edited)");
  // sheet-1: let go, said so, never fetched as an address.
  await page.goBack();
  const missing = page.getByRole("heading", { level: 2, name: "sheet-1.csv is not opened here" });
  await expect(missing).toBeVisible();
  await expect(page.getByText(/sheet-1\.csv was opened in this visit, then let go/)).toBeVisible();
  await expect(page.getByText(/could not be loaded/)).toHaveCount(0);
  await page.getByRole("button", { name: "Open sheet-1.csv again…" }).click();
  await page.getByLabel("Choose files, or drop them here").setInputFiles(sheet(1));
  await expect(heading).toHaveText("Sheet 1");
  // Opened again, it goes back where it was first opened from.
  await page.getByRole("button", { name: "Back to the dataset before" }).click();
  await expect(heading).toHaveText("A small complete dataset");
  expect(new URL(page.url()).search).toBe("?data=%2Ffixtures%2Fgood.json");
});

test("the file Back returns to is held before files opened after it that the history no longer reaches", async ({
  page,
}) => {
  await page.goto("/");
  const sheet = (n: number) => csvFile(`sheet-${n}.csv`, [`#title,Sheet ${n}`, HEADER.join(","), row()]);
  const heading = page.getByRole("heading", { level: 1 });
  for (const n of [1, 2, 3]) {
    await pick(page, sheet(n));
    await expect(heading).toHaveText(`Sheet ${n}`);
  }
  await page.goBack();
  await page.goBack();
  await expect(heading).toHaveText("Sheet 1");
  // Sheet 4 opened over sheet 1 takes sheets 2 and 3 out of the history: Back is sheet 1, still held.
  await pick(page, sheet(4));
  await expect(heading).toHaveText("Sheet 4");
  await page.goBack();
  await expect(heading).toHaveText("Sheet 1");
});

test("a file opened again under the name shown takes its place: Back goes to the view before it", async ({
  page,
}) => {
  await page.goto("/?view=table");
  await pick(page, MY_CSV);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My own timeline");
  const edited = csvFile("my-timeline.csv", ["#title,My own timeline (edited)", HEADER.join(","), row()]);
  await pick(page, edited);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My own timeline (edited)");
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Marvel × Netflix: what the news said");
});

test("a CSV saved by Excel in Windows-1252 opens with its accents, not as �", async ({ page }) => {
  const text = [
    "#title,Séries télé",
    HEADER.join(","),
    row({
      show: "Pokémon",
      label: "Pokémon films",
      publisher: "Le Monde Télé",
      quote: "« Le tournage » commence.",
    }),
  ].join("\r\n");
  await page.goto("/");
  // Latin-1 bytes, as Excel's "CSV (Comma delimited)" writes these letters on a Western Windows.
  await pick(page, { name: "séries.csv", mimeType: "text/csv", buffer: Buffer.from(text, "latin1") });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Séries télé");
  // The reading was a guess: said beside the file's name, so that a wrong one is seen.
  await expect(page.getByRole("region", { name: "Opened file" })).toContainText(
    "séries.csv is not UTF-8 and was read as Windows-1252, a guess: if letters look wrong, save it as UTF-8",
  );
  await page.getByRole("button", { name: "Table" }).click();
  await expect(page.getByRole("row", { name: /Pokémon films/ })).toContainText("Le Monde Télé");
  await expect(page.locator("body")).not.toContainText("\uFFFD");
});

test("a JSON dataset opens with the file picker, and its source pages work", async ({ page }) => {
  await page.goto("/");
  await pick(page, GOOD_JSON);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A small complete dataset");
  await page.locator('svg [data-event-id="a-filming"]').click();
  await page
    .getByRole("dialog")
    .getByRole("link", { name: /All quotes from/ })
    .click();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("One");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A small complete dataset");
});

test("a CSV and a JSON dropped on the page open; dropped article texts check the quotes", async ({
  page,
}) => {
  await page.goto("/");
  await drop(page, [GOOD_JSON]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("A small complete dataset");
  const article = readFileSync(resolve(import.meta.dirname, "../fixtures/articles/one.txt"), "utf8");
  await drop(page, [
    { ...MY_CSV },
    { name: "one.txt", mimeType: "text/plain", buffer: Buffer.from(`https://example.com/one\n${article}`) },
  ]);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My own timeline");
  await expect(page.getByRole("region", { name: "Opened file" })).toContainText(
    "2 quotes checked against 1 article, 0 not verbatim",
  );
});

test("a broken CSV names each wrong cell by row and column and keeps the good rows", async ({ page }) => {
  await page.goto("/?view=table");
  await pick(
    page,
    csvFile("broken.csv", [
      HEADER.join(";"),
      row().replaceAll(",", ";"),
      row({ label: "Later", start: "Sept 2016" }).replaceAll(",", ";"),
      row({ label: "Wrap", show: "", certainty: "sure" }).replaceAll(",", ";"),
    ]),
  );
  const problems = page.getByRole("region", { name: /left out/ });
  await expect(problems).toContainText("row 3, column start");
  await expect(problems).toContainText("try 2016-09");
  await expect(problems).toContainText("row 4, column");
  await expect(page.getByRole("row", { name: /My show films/ })).toBeVisible();
});

test("a large sheet: the dialog says how far it has got, and Cancel gives it up, the timeline before still shown", async ({
  page,
}) => {
  await page.goto("/");
  const heading = await page.getByRole("heading", { level: 1 }).textContent();
  const rows = Array.from({ length: 40_000 }, (_, n) =>
    row({ label: `Filming ${n}`, url: `https://example.com/${n}`, published: "2016-05-11" }),
  );
  // Cancel is pressed by the page itself as soon as the status says the rows are being read: a click from
  // here, after the status was seen, could come after the read had ended on an idle machine (the file
  // opened, the dialog closed, the button gone). The read pauses for a painted frame after each new status.
  const said = page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const press = () => {
          const dialog = document.querySelector("dialog[open]");
          const text = dialog?.querySelector('[role="status"]')?.textContent ?? "";
          if (!/^Reading big\.csv .*the sheet's 40,000 rows…$/.test(text)) return false;
          const cancel = [...(dialog?.querySelectorAll("button") ?? [])].find(
            (b) => b.textContent === "Cancel",
          );
          if (!cancel) return false;
          cancel.click();
          resolve(text);
          return true;
        };
        if (press()) return;
        const watch = new MutationObserver(() => {
          if (press()) watch.disconnect();
        });
        watch.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
      }),
  );
  await pick(page, csvFile("big.csv", [HEADER.join(","), ...rows]));
  expect(await said).toMatch(/^Reading big\.csv \(\d+ MB\): (\d+% of )?the sheet's 40,000 rows…$/);
  await expect(page.getByRole("dialog")).toBeHidden();
  const status = page.getByRole("dialog").getByRole("status");
  // Opened again: the status clears when the read ends, in the same render that a file opened would show
  // (and that would close the dialog). Given up, it clears, and nothing has opened.
  await page.getByRole("button", { name: "Open a dataset…" }).click();
  await expect(status).toHaveText("");
  await expect(page.getByRole("region", { name: "Opened file" })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading ?? "");
});

test("a CSV with a bad row: Save JSON and Save CSV say, and their files' names say, that they hold only what was read", async ({
  page,
}) => {
  await page.goto("/");
  await pick(
    page,
    csvFile("bad-row.csv", [
      HEADER.join(","),
      row(),
      row({ label: "Later", kind: "release", start: "late 2016", certainty: "sure" }),
    ]),
  );
  await expectIncompleteSaveNote(page, 2, ["Save JSON", "Save CSV"]);
  const json = await savedFile(page, "Save JSON");
  expect(json.name).toBe("bad-row-incomplete.json");
  expect((JSON.parse(json.text) as { events: { label: string }[] }).events.map((e) => e.label)).toEqual([
    "My show films",
  ]);
  expect((await savedFile(page, "Save CSV")).name).toBe("bad-row-incomplete.csv");
  const { violations } = await new AxeBuilder({ page })
    .include(".view-bar")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  // The file saved opens whole: nothing is left out of it, and nothing more is said.
  await pick(page, { name: json.name, mimeType: "application/json", buffer: Buffer.from(json.text) });
  await expect(page.getByRole("region", { name: "Opened file" })).toContainText(json.name);
  await expect(page.getByText(/hold only what was read/)).toHaveCount(0);
});

test("a CSV as Excel leaves it opens: capitals read, a rewritten day explained, a bad citation alone left out", async ({
  page,
}) => {
  await page.goto("/?view=table");
  await pick(
    page,
    csvFile("excel.csv", [
      HEADER.join(","),
      row({ "event id": "films", kind: "Filming", certainty: "Reported" }),
      // The same event's second row names a source id that no row gives.
      row({
        "event id": "films",
        "source id": "nosuch",
        "source title": "",
        publisher: "",
        published: "",
        url: "",
      }),
      row({ "event id": "premiere", kind: "RELEASE", label: "My show premieres", start: "5/11/2016" }),
    ]),
  );
  await expect(page.getByRole("row", { name: /My show films/ })).toBeVisible();
  const problems = page.getByRole("region", { name: /left out/ });
  await expect(problems).toContainText(
    'row 3, column source id (id films): cites unknown source "nosuch" (citation left out)',
  );
  await expect(problems).toContainText("it may be 5 November or 11 May 2016: write 2016-11-05 or 2016-05-11");
  await expect(problems).not.toContainText("column kind");
});

test("a CSV opened with its article names a quote not in it, and a show's bad name, by row and column", async ({
  page,
}) => {
  const article = readFileSync(resolve(import.meta.dirname, "../fixtures/articles/one.txt"), "utf8");
  await page.goto("/?view=table");
  await pick(page, [
    csvFile("quotes.csv", [
      HEADER.join(","),
      // Rows 2 and 3 are one event, of a show whose name holds a direction character.
      row({ show: "Bad\u202eshow", label: "Bad show films" }),
      row({ show: "Bad\u202eshow", label: "Bad show films", quote: "It will premiere later." }),
      row(),
      row({
        kind: "release",
        label: "My show premieres",
        start: "2016-09-30",
        quote: "It premieres in June.",
      }),
    ]),
    { name: "one.txt", mimeType: "text/plain", buffer: Buffer.from(`https://example.com/one\n${article}`) },
  ]);
  await expect(page.getByRole("row", { name: /My show premieres/ })).toBeVisible();
  const kept = page.getByRole("region", { name: /worth checking/ });
  await expect(kept).toContainText(
    'row 5, column quote (id my-show-1-release-my-show-premieres): quote not found verbatim in https://example.com/one: "It premieres in June."',
  );
  const leftOut = page.getByRole("region", { name: /left out/ });
  await expect(leftOut).toContainText("rows 2–3, column show (id bad-show): contains U+202E");
  for (const list of [kept, leftOut]) await expect(list).not.toContainText(/events\[|shows\[|citations\[/);
});

test(`a CSV with ${PAYLOADS.length} payloads in every column stays inert`, async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto("/?view=table");
  const lines = [`#title,${csvCell(PAYLOADS[0] ?? "")}`, HEADER.join(",")];
  PAYLOADS.forEach((payload, p) => {
    for (const column of HEADER) {
      lines.push(
        row({
          "event id": `e-${p}-${HEADER.indexOf(column)}`,
          url: `https://example.com/${p}`,
          [column]: payload,
        }),
      );
    }
  });
  await pick(page, csvFile("hostile.csv", lines));
  await expect(page.getByRole("region", { name: "Opened file" })).toContainText("hostile.csv");
  await expect(page.getByRole("table").first()).toBeVisible();
  const fold = (t: string) => t.replace(/\s+/g, " ").trim();
  const text = fold(await page.locator("main").innerText());
  for (const payload of TEXT_PAYLOADS.slice(1, 20)) expect(text, payload).toContain(fold(payload));
  await expectInert(page, dialogs);
});

test.describe("the open dialog, driven with the file picker", () => {
  test("a CSV with problems: each cell listed, the count heard once, focus back on the opener", async ({
    page,
  }) => {
    await page.goto("/?view=table");
    await pick(
      page,
      csvFile("problems.csv", [
        HEADER.join(","),
        row(),
        row({ label: "Later", kind: "release", start: "late 2016", certainty: "sure" }),
      ]),
    );
    const problems = page.getByRole("region", { name: "Some of the dataset was left out (2 problems)" });
    await expect(problems).toContainText(
      "row 3, column start (id my-show-1-release-later): is not a calendar",
    );
    await expect(problems).toContainText('EDTF has no word for "late": write 2016');
    await expect(problems).toContainText("row 3, column certainty");
    const note = page.getByRole("region", { name: "Opened file" });
    await expect(note.getByRole("status")).toHaveText(
      "Opened problems.csv: 1 event, 2 problems listed on the page. Quotes not checked: to check them, open this file again with the articles' .txt files, all chosen together.",
    );
    await expect(page.getByRole("dialog")).toHaveCount(0);
    // The dialog closed, focus is where the reader left for it.
    await expect(page.getByRole("button", { name: "Open a dataset…" })).toBeFocused();
    await expect(page.getByRole("row", { name: /My show films/ })).toBeVisible();
  });

  test("a JSON with a slip of hand-editing keeps the dialog open and says the slip as an alert", async ({
    page,
  }) => {
    await page.goto("/");
    await pick(page, {
      name: "typed.json",
      mimeType: "application/json",
      buffer: Buffer.from('{\n  "shows": [],\n  "sources": [],\n  "events": [],\n}\n'),
    });
    const dialog = page.getByRole("dialog", { name: "Open a dataset" });
    await expect(dialog.getByRole("alert")).toContainText(
      'Line 4, column 15: a comma before "}": JSON takes none after the last entry; delete it.',
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Marvel × Netflix: what the news said");
    // The same file, mended, opens from the same dialog.
    await dialog.getByLabel("Choose files, or drop them here").setInputFiles(GOOD_JSON);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("A small complete dataset");
    await expect(page.getByRole("dialog")).toHaveCount(0);
  });

  test("a sheet saved as tab-separated .txt is told to be renamed .tsv, and opens once it is", async ({
    page,
  }) => {
    const text = [HEADER.join("\t"), row().replaceAll(",", "\t")].join("\r\n");
    // Excel's "Unicode Text": UTF-16 with its BOM.
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    await page.goto("/");
    await pick(page, { name: "sheet.txt", mimeType: "text/plain", buffer: utf16 });
    const dialog = page.getByRole("dialog", { name: "Open a dataset" });
    await expect(dialog.getByRole("alert")).toHaveText(
      'sheet.txt looks like a spreadsheet saved as "Unicode Text" (.txt is read as an article): rename it to .tsv and open it again.',
    );
    await dialog
      .getByLabel("Choose files, or drop them here")
      .setInputFiles({ name: "sheet.tsv", mimeType: "text/tab-separated-values", buffer: utf16 });
    await expect(page.getByRole("region", { name: "Opened file" }).getByRole("status")).toHaveText(
      /^Opened sheet\.tsv: 1 event\./,
    );
  });

  test("a file over the size cap is refused with its size said, and the timeline stays", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Open a dataset…" }).click();
    const input = page.getByLabel("Choose files, or drop them here");
    // Made in the page, as the picker would hand it over: 40 MB through the test's connection is slow.
    await input.evaluate((element: HTMLInputElement, bytes) => {
      const files = new DataTransfer();
      files.items.add(new File([new Uint8Array(bytes)], "huge.csv", { type: "text/csv" }));
      element.files = files.files;
      element.dispatchEvent(new Event("change", { bubbles: true }));
    }, MAX_DATASET_BYTES + 1);
    await expect(page.getByRole("dialog").getByRole("alert")).toHaveText(
      "huge.csv is over 40 MB: the page would stall on it.",
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Marvel × Netflix: what the news said");
  });

  test("two files at once: a CSV with its article checks the quotes; two datasets are refused", async ({
    page,
  }) => {
    const article = readFileSync(resolve(import.meta.dirname, "../fixtures/articles/one.txt"), "utf8");
    await page.goto("/");
    await pick(page, [
      MY_CSV,
      { name: "one.txt", mimeType: "text/plain", buffer: Buffer.from(`https://example.com/one\n${article}`) },
    ]);
    const note = page.getByRole("region", { name: "Opened file" });
    await expect(note).toContainText("2 quotes checked against 1 article, 0 not verbatim");
    await pick(page, [MY_CSV, GOOD_JSON]);
    await expect(page.getByRole("dialog").getByRole("alert")).toHaveText(
      "Choose one dataset at a time, not my-timeline.csv and good.json.",
    );
    await expect(note).toContainText("my-timeline.csv");
  });
});

for (const scheme of ["light", "dark"] as const) {
  test(`axe, ${scheme} theme: the open dialog`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/");
    await page.getByRole("button", { name: "Open a dataset…" }).click();
    await expect(page.getByRole("dialog", { name: "Open a dataset" })).toBeVisible();
    const { violations } = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}

test("a source page and the citations panel cite their sources as CSL-JSON and BibTeX, quotes in the note", async ({
  page,
}) => {
  await page.goto("/");
  await pick(page, GOOD_JSON);
  await page.locator('svg [data-event-id="a-filming"]').click();
  const bib = await savedFile(page, "Cite as BibTeX");
  expect(bib.name).toBe("a-filming-sources.bib");
  expect(bib.text).toContain("@misc{one,");
  expect(bib.text).toContain("note = {“Filming starts in May 2016, the studio said.”}");
  await page
    .getByRole("dialog")
    .getByRole("link", { name: /All quotes from/ })
    .click();
  const csl = await savedFile(page, "Cite as CSL-JSON");
  expect(csl.name).toBe("one.json");
  expect(JSON.parse(csl.text)).toEqual([
    expect.objectContaining({
      id: "one",
      type: "webpage",
      URL: "https://example.com/one",
      note: expect.stringContaining("“Filming starts in May 2016, the studio said.”") as unknown,
    }),
  ]);
});

test("the open dialog, opened from the keyboard, puts the focus on the file chooser first", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Open a dataset…" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog")).toBeVisible();
  await expect(page.getByLabel("Choose files, or drop them here")).toBeFocused();
  // Opened again, the same.
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Open a dataset…" }).click();
  await expect(page.getByLabel("Choose files, or drop them here")).toBeFocused();
});
