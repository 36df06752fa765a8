import { fireEvent, screen } from "@testing-library/react";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { OpenDataset } from "../../src/components/OpenDataset.tsx";
import { MAX_DATASET_BYTES } from "../../src/model/fetchDataset.ts";
import { renderWithQuery } from "./renderWithQuery.tsx";

beforeAll(() => {
  // jsdom has the element, not its modal behaviour.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

/** Drops files on the page, as a file manager does. */
function drop(files: readonly File[]) {
  const event = new Event("drop", { bubbles: true, cancelable: true });
  Object.defineProperty(event, "dataTransfer", { value: { types: ["Files"], files } });
  fireEvent(window, event);
}

describe("Opening a dataset", () => {
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
      "Reading big.csv (17 MB)…: a file this large holds the page for a few seconds",
    );
  });

  it("opens the dialog on a dropped file's error, described by it, so that opening it says the error", async () => {
    renderWithQuery(<OpenDataset onOpened={vi.fn()} />);
    drop([new File(["{ “shows”: [] }"], "typed.json", { type: "application/json" })]);
    const dialog = await screen.findByRole("dialog", { name: "Open a dataset" });
    expect(dialog).toHaveAccessibleDescription(/Line 1, column 3: a curly quote/);
  });
});
