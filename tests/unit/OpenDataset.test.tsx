import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { App } from "../../src/components/App.tsx";
import { OpenDataset } from "../../src/components/OpenDataset.tsx";
import { MAX_DATASET_BYTES } from "../../src/model/fetchDataset.ts";
import { renderWithQuery } from "./renderWithQuery.tsx";
import { withBundledApp } from "./withBundledApp.ts";

withBundledApp("/?data=%2Fdata%2Fother.json&view=table");

// The frames a read waits for: at once, unless a test holds them to look at the page between them.
const frames = vi.hoisted(() => ({ held: false, waiting: [] as (() => void)[] }));
vi.mock("../../src/model/afterPaint.ts", () => ({
  afterPaint: () =>
    frames.held ? new Promise<void>((resolve) => frames.waiting.push(resolve)) : Promise.resolve(),
}));

beforeAll(() => {
  // jsdom has the element, not its modal behaviour.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

/** A sheet of `rows` filming rows, each its own article. */
const bigSheet = (rows: number) =>
  [
    "show,kind,label,start,certainty,source title,publisher,published,url,quote",
    ...Array.from(
      { length: rows },
      (_, n) =>
        `Daredevil,filming,Filming ${n},2016-07,reported,An article,Example News,2016-05-11,https://example.com/${n},Filming starts.`,
    ),
  ].join("\n");

/** `big.csv`: a sheet of `rows` rows that says it is 17 MB, large enough to be read in paced steps. */
function largeSheet(rows: number): File {
  const file = new File([bigSheet(rows)], "big.csv", { type: "text/csv" });
  Object.defineProperty(file, "size", { value: 17_400_000 });
  return file;
}

/** A clock 60 ms on at every look: each step of a read is a long one, and the page pauses after it. */
function slowClock(): void {
  let now = 0;
  vi.spyOn(performance, "now").mockImplementation(() => (now += 60));
}

/** Drops files on the page, as a file manager does (or drags them: `type`). */
function drop(files: readonly File[], type = "drop") {
  const event = new Event(type, { bubbles: true, cancelable: true });
  Object.defineProperty(event, "dataTransfer", { value: { types: ["Files"], files } });
  fireEvent(window, event);
}

describe("Opening a dataset", () => {
  it("says a file dragged over the page opens where it is dropped, until it leaves the page or is dropped", () => {
    renderWithQuery(<OpenDataset onOpened={vi.fn()} />);
    const file = new File(["{}"], "mine.json", { type: "application/json" });
    const said = () => screen.queryByText("Drop the file to open it here");
    drop([file], "dragenter");
    expect(said()).toBeVisible();
    // Entered a child, left its parent: still over the page.
    drop([file], "dragenter");
    drop([file], "dragleave");
    expect(said()).toBeVisible();
    drop([file], "dragleave");
    expect(said()).toBeNull();
    drop([file], "dragenter");
    drop([file]);
    expect(said()).toBeNull();
  });

  it("refuses a file over the size cap by its size, without reading it", async () => {
    const huge = new File(["{}"], "huge.json", { type: "application/json" });
    Object.defineProperty(huge, "size", { value: MAX_DATASET_BYTES + 1 });
    const read = vi.spyOn(huge, "arrayBuffer");
    const onOpened = vi.fn();
    renderWithQuery(<OpenDataset onOpened={onOpened} />);
    drop([huge]);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "huge.json is over 40 MB: the page would stall on it.",
    );
    expect(read).not.toHaveBeenCalled();
    expect(onOpened).not.toHaveBeenCalled();
    // Nothing is being read any more.
    expect(screen.getByRole("status")).toHaveTextContent(/^$/);
  });

  it("shows the dialog for a large dropped file, saying what it reads while it reads", async () => {
    const big = new File(["{}"], "big.csv", { type: "text/csv" });
    Object.defineProperty(big, "size", { value: 17_400_000 });
    // Still reading.
    vi.spyOn(big, "arrayBuffer").mockReturnValue(new Promise(() => {}));
    renderWithQuery(<OpenDataset onOpened={vi.fn()} />);
    drop([big]);
    const dialog = await screen.findByRole("dialog", { name: "Open a dataset" });
    expect(dialog).toHaveAttribute("open");
    expect(screen.getByRole("status")).toHaveTextContent(
      "Reading big.csv (17 MB)…: a file this large takes a few seconds",
    );
  });

  it("says how far a large sheet has got, and gives it up when the dialog is closed: nothing opens", async () => {
    const big = largeSheet(3000);
    slowClock();
    // Each painted frame the read waits for comes when the test says.
    frames.held = true;
    const frame = async () => {
      await waitFor(() => expect(frames.waiting).not.toHaveLength(0), { timeout: 10_000 });
      return frames.waiting.shift() ?? (() => {});
    };
    const onOpened = vi.fn();
    renderWithQuery(<OpenDataset onOpened={onOpened} />);
    drop([big]);
    const dialog = await screen.findByRole("dialog", { name: "Open a dataset" });
    const status = screen.getByRole("status");
    const said = (text: string) => waitFor(() => expect(status).toHaveTextContent(text));
    // Before the file is read, and again before it is split into rows.
    for (let i = 0; i < 2; i++) {
      const paint = await frame();
      await said("Reading big.csv (17 MB)…: a file this large takes a few seconds");
      paint();
    }
    const paint = await frame();
    await said("Reading big.csv (17 MB): the sheet's 3,000 rows…");
    fireEvent(dialog, new Event("close"));
    paint();
    await said("");
    frames.held = false;
    vi.restoreAllMocks();
    expect(frames.waiting).toHaveLength(0);
    expect(onOpened).not.toHaveBeenCalled();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("takes a second file opened while a large one is read: the first is given up, and only the second opens", async () => {
    const big = largeSheet(3000);
    slowClock();
    frames.held = true;
    const onOpened = vi.fn();
    renderWithQuery(<OpenDataset onOpened={onOpened} />);
    drop([big]);
    // The large file is read, and waits at a frame before it is split into rows.
    await waitFor(() => expect(frames.waiting).toHaveLength(1), { timeout: 10_000 });
    frames.waiting.shift()?.();
    await waitFor(() => expect(frames.waiting).toHaveLength(1), { timeout: 10_000 });
    drop([new File([GOOD_JSON], "good.json", { type: "application/json" })]);
    // Every frame asked for from here on comes at once.
    frames.held = false;
    for (const paint of frames.waiting.splice(0)) paint();
    await waitFor(() => expect(onOpened).toHaveBeenCalled(), { timeout: 10_000 });
    await waitFor(() => expect(screen.getByRole("status", { hidden: true })).toHaveTextContent(/^$/));
    vi.restoreAllMocks();
    expect(onOpened.mock.calls.map(([file]) => (file as { name: string }).name)).toEqual(["good.json"]);
  });

  it("opens the dialog on a dropped file's error, described by it, so that opening it says the error", async () => {
    renderWithQuery(<OpenDataset onOpened={vi.fn()} />);
    drop([new File(["{ “shows”: [] }"], "typed.json", { type: "application/json" })]);
    const dialog = await screen.findByRole("dialog", { name: "Open a dataset" });
    expect(dialog).toHaveAccessibleDescription(/Line 1, column 3: a curly quote/);
  });

  it("opened again after an error, starts afresh: the last file's error is neither shown nor said", async () => {
    renderWithQuery(<OpenDataset onOpened={vi.fn()} />);
    drop([new File(["{ “shows”: [] }"], "typed.json", { type: "application/json" })]);
    const dialog = await screen.findByRole("dialog", { name: "Open a dataset" });
    expect(screen.getByRole("alert")).toBeInTheDocument();
    (dialog as HTMLDialogElement).close();
    fireEvent.click(screen.getByRole("button", { name: "Open a dataset…" }));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByRole("dialog", { name: "Open a dataset" })).not.toHaveAttribute("aria-describedby");
  });
});

const GOOD_JSON = readFileSync(resolve(import.meta.dirname, "../fixtures/good.json"), "utf8");

/** The page's search, as a link copied now would carry it. */
const params = () => new URLSearchParams(window.location.search);

/** The app at /?data=/data/other.json in the table, with good.json then dropped on it. */
async function openOverOtherDataset() {
  const app = renderWithQuery(<App />);
  await screen.findAllByRole("table");
  drop([new File([GOOD_JSON], "good.json", { type: "application/json" })]);
  await screen.findByRole("heading", { level: 1, name: "A small complete dataset" });
  return app;
}

describe("A file opened over a ?data= dataset", () => {
  it("is what the URL names, not the dataset before, and the note says a link will not hold it", async () => {
    await openOverOtherDataset();
    expect(params().get("data")).toBeNull();
    expect(params().get("file")).toBe("good.json");
    expect(params().get("view")).toBe("table");
    expect(await screen.findByRole("region", { name: "Opened file" })).toHaveTextContent(
      "A link to this page will not include the file: it stays on this device.",
    );
    // The links to other pages keep the file within this visit.
    const scorecard = screen.getByRole("link", { name: /Scorecard/ }).getAttribute("href") ?? "";
    expect(scorecard).toContain("file=good.json");
    expect(scorecard).not.toContain("data=");
  });

  it("after a reload, is said to be a file not held here, and no other dataset is shown as if it were it", async () => {
    const app = await openOverOtherDataset();
    const address = `${window.location.pathname}${window.location.search}`;
    app.unmount();
    window.history.replaceState(null, "", address);
    renderWithQuery(<App />);
    expect(
      await screen.findByRole("heading", { level: 2, name: "good.json is not opened here" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("main")).toHaveTextContent(
      "a file opened from a device and never uploaded: a link or a reload cannot open it again.",
    );
    expect(screen.getByRole("link", { name: "Go to the bundled timeline" })).toHaveAttribute("href", "/");
    expect(screen.queryAllByRole("table")).toHaveLength(0);
    expect(screen.queryByRole("region", { name: "Opened file" })).toBeNull();
    // The page's own button opens the dialog to pick the file again.
    fireEvent.click(screen.getByRole("button", { name: "Open good.json again…" }));
    expect(await screen.findByRole("dialog", { name: "Open a dataset" })).toHaveAttribute("open");
  });

  it("an empty ?file= names no file: the timeline is shown, not a page about a file called nothing", async () => {
    window.history.replaceState(null, "", "/?file=&view=table");
    renderWithQuery(<App />);
    expect((await screen.findAllByRole("table")).length).toBeGreaterThan(0);
    expect(screen.queryByText(/is not opened here/)).toBeNull();
  });

  it("closed, gives back the dataset before, at its ?data=", async () => {
    await openOverOtherDataset();
    const note = await screen.findByRole("region", { name: "Opened file" });
    fireEvent.click(within(note).getByRole("button", { name: "Back to the dataset before" }));
    await waitFor(() => expect(params().get("data")).toBe("/data/other.json"));
    expect(params().get("file")).toBeNull();
    expect(params().get("view")).toBe("table");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Marvel × Netflix: what the news said" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Opened file" })).toBeNull();
  });
});
