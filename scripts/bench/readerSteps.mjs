// A reader's clicks and keys on a large chart, in the order the before-and-after scripts take them
// (interactions.mjs measures each one's tasks; profileStep.mjs profiles one of them), and the page both
// take them on.
import { openChart, serveBuilds } from "./buildsAtHand.mjs";

/**
 * The steps, each [name, find, act]: `find` resolves what the step acts on (before the mark), `act` acts.
 * The as-of slider starts at its last day; the first ArrowLeft is the page's first day before it.
 */
export const READER_STEPS = [
  [
    "Zoom in (button)",
    (page) => page.getByRole("button", { name: "Zoom in", exact: true }),
    (x) => x.click(),
  ],
  ["Fit", (page) => page.getByRole("button", { name: "Fit" }), (x) => x.click()],
  ["untick a show", (page) => shows(page).getByRole("checkbox").first(), (x) => x.click()],
  ["tick it again", (page) => shows(page).getByRole("checkbox").first(), (x) => x.click()],
  ["type 'quote 9' in Search", (page) => search(page), (x, page) => typeInto(x, page, "quote 9")],
  ["empty Search", (page) => search(page), (x) => x.fill("")],
  ["as of: ArrowLeft (first day back)", (page) => slider(page), (x, page) => pressOn(x, page, "ArrowLeft")],
  ["as of: ArrowLeft", (page) => slider(page), (x, page) => pressOn(x, page, "ArrowLeft")],
  ["as of: PageDown", (page) => slider(page), (x, page) => pressOn(x, page, "PageDown")],
  ["as of: End", (page) => slider(page), (x, page) => pressOn(x, page, "End")],
  ["click an item (sources open)", (page) => page.locator("svg [data-event-id]").first(), (x) => x.click()],
  ["Close sources", (page) => page.getByRole("button", { name: "Close sources" }), (x) => x.click()],
  ["Table", (page) => page.getByRole("button", { name: "Table" }), (x) => x.click()],
  ["Chart", (page) => page.getByRole("button", { name: "Chart" }), (x) => x.click()],
  ["How it turned out", (page) => page.getByRole("button", { name: "How it turned out" }), (x) => x.click()],
];
const shows = (page) => page.getByRole("group", { name: "Shows" });
const search = (page) => page.getByRole("searchbox", { name: "Search labels and quotes" });
const slider = (page) => page.getByRole("slider", { name: "Known as of" });
async function typeInto(x, page, text) {
  await x.focus();
  await page.keyboard.type(text, { delay: 60 });
}
async function pressOn(x, page, key) {
  await x.focus();
  await page.keyboard.press(key);
}

/** The dataset of the command line (default 100k events) written, and each build served beside it. */
export const serveReaderBuilds = (dists, option) =>
  serveBuilds(dists, option, { name: "interactions", defaultSize: "100000" });

/** A page of the build at `origin` on `file`, drawn and 3 s past, and a DevTools session on it. */
export async function openReaderPage(browser, origin, file) {
  const page = await openChart(browser, origin, file, { settleMs: 3000, timeoutMs: 180_000 });
  return { page, cdp: await page.context().newCDPSession(page) };
}
