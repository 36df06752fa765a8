import { describe, expect, it } from "vitest";
import { decodeFileText } from "../../src/model/decodeFileText.ts";
import { openDatasetFiles } from "../../src/model/openDatasetFiles.ts";

const CSV =
  "show,kind,label,start,certainty,source title,publisher,published,url,quote\r\n" +
  "Pokémon,release,Pokémon premieres,2016-07,reported,“Pokémon” dated,Le Monde Télé,2016-05-11,https://example.com/a,Sortie en juillet (5 €).\r\n";

/** The text in Windows-1252, as Excel's "CSV (Comma delimited)" writes it on a Western Windows. */
function windows1252(text: string): Uint8Array {
  const extra: Record<string, number> = { "€": 0x80, "“": 0x93, "”": 0x94 };
  return Uint8Array.from([...text], (c) => extra[c] ?? c.charCodeAt(0));
}

describe("a spreadsheet's CSV opens whatever encoding it was saved in", () => {
  it("Windows-1252 (Excel's CSV on Windows): accented letters, curly quotes and € as they were, not �", () => {
    expect(decodeFileText(windows1252(CSV)).text).toBe(CSV);
    const { prepared } = openDatasetFiles([{ name: "mine.csv", ...decodeFileText(windows1252(CSV)) }]);
    expect(prepared.problems).toEqual([]);
    expect(prepared.dataset.shows[0]?.title).toBe("Pokémon");
    expect(prepared.dataset.sources[0]?.publisher).toBe("Le Monde Télé");
  });

  it("UTF-16 with its byte order mark (Excel's Unicode Text), little- or big-endian", () => {
    const units = [...CSV].map((c) => c.charCodeAt(0));
    const le = Uint8Array.from([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    const be = Uint8Array.from([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])]);
    for (const bytes of [le, be])
      expect(decodeFileText(bytes)).toEqual({ text: CSV, encoding: { kind: "known", name: "UTF-16" } });
  });

  it("UTF-8, with or without a BOM, as it is", () => {
    const utf8 = new TextEncoder().encode(CSV);
    for (const bytes of [utf8, Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8])])
      expect(decodeFileText(bytes)).toEqual({ text: CSV, encoding: { kind: "known", name: "UTF-8" } });
  });

  it("UTF-8 with a row in Windows-1252 (pasted from another file): each read as it is, and the first such line named", () => {
    const utf8 = new TextEncoder().encode(CSV);
    const pasted = windows1252(
      "Daredevil,filming,Tournage à Montréal,2016-07,reported,A,B,2016-05-11,https://example.com/b,Été.\r\n",
    );
    const decoded = decodeFileText(Uint8Array.from([...utf8, ...pasted]));
    expect(decoded.text).toBe(
      `${CSV}Daredevil,filming,Tournage à Montréal,2016-07,reported,A,B,2016-05-11,https://example.com/b,Été.\r\n`,
    );
    expect(decoded.encoding).toEqual({ kind: "mixed", name: "UTF-8", line: 3 });
    expect(openDatasetFiles([{ name: "mine.csv", ...decoded }]).guessed).toEqual([
      { file: "mine.csv", encoding: "Windows-1252 where it is not (from line 3), UTF-8 elsewhere" },
    ]);
  });

  it("says when the encoding was a guess (not UTF-8, no mark), and the opened file says so by name", () => {
    const decoded = decodeFileText(windows1252(CSV));
    expect(decoded.encoding).toEqual({ kind: "guessed", name: "Windows-1252" });
    const article = {
      name: "one.txt",
      ...decodeFileText(windows1252("https://example.com/a\nSortie en juillet (5 €).")),
    };
    expect(openDatasetFiles([{ name: "mine.csv", ...decoded }, article]).guessed).toEqual([
      { file: "mine.csv", encoding: "Windows-1252" },
      { file: "one.txt", encoding: "Windows-1252" },
    ]);
    const utf8 = decodeFileText(new TextEncoder().encode(CSV));
    expect(openDatasetFiles([{ name: "mine.csv", ...utf8 }]).guessed).toEqual([]);
  });
});
