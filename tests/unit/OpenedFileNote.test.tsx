import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { OpenedFileNote } from "../../src/components/OpenedFileNote.tsx";
import type { OpenedFile } from "../../src/components/OpenDataset.tsx";

const file = (guessed: OpenedFile["guessed"]): OpenedFile => ({
  key: "local:1:séries.csv",
  name: "séries.csv",
  quotes: { kind: "unchecked" },
  guessed,
});

describe("<OpenedFileNote>", () => {
  it("says, with the file's name, that its encoding was a guess and what to do if it was wrong", () => {
    render(
      <OpenedFileNote file={file([{ file: "séries.csv", encoding: "Windows-1252" }])} onClose={() => {}} />,
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
        onClose={() => {}}
      />,
    );
    expect(screen.getByRole("region", { name: "Opened file" })).toHaveTextContent(
      "séries.csv, one.txt are not UTF-8 and were read as Windows-1252, a guess: if letters look wrong, save them as UTF-8 and open them again.",
    );
  });

  it("says nothing of the encoding when the file said it (UTF-8, or a byte order mark)", () => {
    render(<OpenedFileNote file={file([])} onClose={() => {}} />);
    expect(screen.getByRole("region", { name: "Opened file" })).not.toHaveTextContent(/UTF-8|guess/);
  });
});
