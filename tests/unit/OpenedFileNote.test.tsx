import { render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { OpenedFileNote } from "../../src/components/OpenedFileNote.tsx";
import type { OpenedFile } from "../../src/components/OpenDataset.tsx";

const file = (guessed: OpenedFile["guessed"]): OpenedFile => ({
  key: "local:1:séries.csv",
  name: "séries.csv",
  quotes: { kind: "unchecked", ignored: [] },
  guessed,
  events: 12,
  problems: { "left out": 3, kept: 0 },
});

describe("<OpenedFileNote>", () => {
  it("says, with the file's name, that its encoding was a guess and what to do if it was wrong", () => {
    render(
      <OpenedFileNote
        file={file([{ file: "séries.csv", encoding: "Windows-1252" }])}
        before={null}
        onClose={() => {}}
      />,
    );
    expect(screen.getByRole("region", { name: "Opened file" })).toHaveTextContent(
      "séries.csv is not UTF-8 and was read as Windows-1252, a guess: if letters look wrong, save it as UTF-8 and open it again.",
    );
  });

  it("names every file read by a guess, the articles too", () => {
    render(
      <OpenedFileNote
        file={file([
          { file: "séries.csv", encoding: "Windows-1252" },
          { file: "one.txt", encoding: "Windows-1252" },
        ])}
        before={null}
        onClose={() => {}}
      />,
    );
    expect(screen.getByRole("region", { name: "Opened file" })).toHaveTextContent(
      "séries.csv, one.txt are not UTF-8 and were read as Windows-1252, a guess: if letters look wrong, save them as UTF-8 and open them again.",
    );
  });

  it("names the .txt files not read as articles, rather than asking for the files it was given", () => {
    const ignored = ["notes.txt", "todo.txt", "a.txt", "b.txt", "c.txt"];
    render(
      <OpenedFileNote
        file={{ ...file([]), quotes: { kind: "unchecked", ignored } }}
        before={null}
        onClose={() => {}}
      />,
    );
    const note = screen.getByRole("region", { name: "Opened file" });
    expect(note).toHaveTextContent(
      "Quotes not checked. Not read as articles: notes.txt, todo.txt, a.txt, 2 more (an article's first line is its URL, or a manifest.json given with it names it).",
    );
    expect(note).not.toHaveTextContent("add the articles");
  });

  it("names the articles whose URL is no source's, which checked nothing", () => {
    const quotes = {
      kind: "checked",
      ignored: [],
      checked: 0,
      articles: 1,
      notVerbatim: 0,
      unchecked: 2,
      missing: [
        "https://example.org/a",
        "https://example.org/b",
        "https://example.org/c",
        "https://example.org/d",
      ],
      unmatched: ["b.txt (http://example.org/date)"],
    } as const;
    render(<OpenedFileNote file={{ ...file([]), quotes }} before={null} onClose={() => {}} />);
    expect(screen.getByRole("region", { name: "Opened file" })).toHaveTextContent(
      "0 quotes checked against 1 article, 0 not verbatim, 2 not checked (no article for https://example.org/a, https://example.org/b, https://example.org/c, 1 more). Matched no source: b.txt (http://example.org/date) (an article is a source's when its URL, its first line or the manifest's, is the source's, whatever its http or https, capitals in the host, # part or utm_ parameters).",
    );
  });

  it("says a link will not hold the file, and names the way back: the bundled timeline, or the dataset before", () => {
    const { rerender } = render(<OpenedFileNote file={file([])} before={null} onClose={() => {}} />);
    const note = screen.getByRole("region", { name: "Opened file" });
    expect(note).toHaveTextContent("A link to this page will not include the file: it stays on this device.");
    expect(screen.getByRole("button")).toHaveAccessibleName("Back to the bundled timeline");
    rerender(<OpenedFileNote file={file([])} before="/data/other.json" onClose={() => {}} />);
    expect(screen.getByRole("button")).toHaveAccessibleName("Back to the dataset before");
  });

  it("says nothing of the encoding when the file said it (UTF-8, or a byte order mark)", () => {
    render(<OpenedFileNote file={file([])} before={null} onClose={() => {}} />);
    expect(screen.getByRole("region", { name: "Opened file" })).not.toHaveTextContent(/UTF-8|guess/);
  });

  it("is announced once, politely, when the file is opened: its words arrive after the region, not with it", async () => {
    // Words that arrive with their live region are not read out: the region must be there first.
    const added: Node[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records)
        if (record.target instanceof HTMLElement && record.target.getAttribute("role") === "status")
          added.push(...record.addedNodes);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const opened = file([{ file: "séries.csv", encoding: "Windows-1252" }]);
    const { rerender } = render(<OpenedFileNote file={opened} before={null} onClose={() => {}} />);
    const status = screen.getByRole("status");
    await waitFor(() =>
      expect(status).toHaveTextContent(
        "Opened séries.csv: 12 events, 3 problems listed on the page. Quotes not checked: to check them, open this file again with the articles' .txt files, all chosen together. séries.csv is not UTF-8 and was read as Windows-1252, a guess: if letters look wrong, save it as UTF-8 and open it again.",
      ),
    );
    await Promise.resolve();
    expect(added).toHaveLength(1);

    // The page renders again (the chart, a filter): nothing new is said.
    const words = status.firstChild;
    rerender(<OpenedFileNote file={{ ...opened }} before={null} onClose={() => {}} />);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(status.firstChild).toBe(words);

    // The same file opened again is heard again.
    rerender(
      <OpenedFileNote file={{ ...opened, key: "local:2:séries.csv" }} before={null} onClose={() => {}} />,
    );
    await waitFor(() => expect(status.firstChild).not.toBe(words));
    expect(status).toHaveTextContent("Opened séries.csv: 12 events, 3 problems");
    observer.disconnect();
  });

  it("says that nothing was left out when every problem kept its item, and counts both when not", async () => {
    const { rerender } = render(
      <OpenedFileNote
        file={{ ...file([]), problems: { "left out": 0, kept: 1 } }}
        before={null}
        onClose={() => {}}
      />,
    );
    const status = screen.getByRole("status");
    await waitFor(() =>
      expect(status).toHaveTextContent(
        /^Opened séries\.csv: 12 events, nothing left out, 1 entry worth checking listed on the page\./,
      ),
    );
    rerender(
      <OpenedFileNote
        file={{ ...file([]), key: "local:2:séries.csv", problems: { "left out": 2, kept: 3 } }}
        before={null}
        onClose={() => {}}
      />,
    );
    await waitFor(() =>
      expect(status).toHaveTextContent(
        /^Opened séries\.csv: 12 events, 2 problems and 3 entries worth checking listed on the page\./,
      ),
    );
  });

  it("says one event and no problems plainly", async () => {
    render(
      <OpenedFileNote
        file={{ ...file([]), events: 1, problems: { "left out": 0, kept: 0 } }}
        before={null}
        onClose={() => {}}
      />,
    );
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent(
        /^Opened séries\.csv: 1 event\. Quotes not checked/,
      ),
    );
  });
});
