import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";
import { FILES_HELD, letGoFiles, withOpenedFile, type OpenedEntry } from "../../src/model/heldFiles.ts";

type File = { readonly key: string };
const open = (files: ReadonlyMap<string, OpenedEntry<File>>, name: string, n: number) =>
  withOpenedFile(files, name, { file: { key: `local:${n}:${name}` }, before: null });
const held = (files: ReadonlyMap<string, OpenedEntry<File>>) =>
  [...files].filter(([, e]) => e.held).map(([name]) => name);

describe("withOpenedFile()", () => {
  it("holds the newest three files opened and still names the ones let go", () => {
    let files = new Map<string, OpenedEntry<File>>();
    ["a", "b", "c", "d"].forEach((name, i) => (files = open(files, name, i + 1)));
    expect(FILES_HELD).toBe(3);
    expect(held(files)).toEqual(["b", "c", "d"]);
    expect([...files.keys()]).toEqual(["a", "b", "c", "d"]);
  });

  it("moves a file opened again to the newest, with its new key, and never holds one let go again", () => {
    let files = new Map<string, OpenedEntry<File>>();
    ["a", "b", "c", "d"].forEach((name, i) => (files = open(files, name, i + 1)));
    files = open(files, "b", 5);
    expect(held(files)).toEqual(["c", "d", "b"]);
    expect(files.get("b")?.file.key).toBe("local:5:b");
    files = open(files, "e", 6);
    expect(held(files)).toEqual(["d", "b", "e"]);
    expect(files.get("a")?.held).toBe(false);
  });
});

describe("withOpenedFile() over a file shown", () => {
  it("holds the file left, one Back away, before files opened after it", () => {
    let files = new Map<string, OpenedEntry<File>>();
    ["a", "b", "c"].forEach((name, i) => (files = open(files, name, i + 1)));
    // Back twice to a, then d opened over it.
    files = withOpenedFile(files, "d", { file: { key: "local:4:d" }, before: null }, "a");
    expect(held(files)).toEqual(["c", "a", "d"]);
  });
});

describe("letGoFiles()", () => {
  it("drops every file's dataset no entry holds and no view reads, and keeps the rest", () => {
    const client = new QueryClient();
    let files = new Map<string, OpenedEntry<File>>();
    ["a", "b", "c", "d"].forEach((name, i) => (files = open(files, name, i + 1)));
    files = open(files, "c", 5);
    for (const key of [
      "local:1:a",
      "local:2:b",
      "local:3:c",
      "local:4:d",
      "local:5:c",
      "/data/timeline.json",
    ])
      client.setQueryData(["dataset", key], {});
    letGoFiles(client, files);
    const left = client
      .getQueryCache()
      .getAll()
      .map((q) => q.queryKey[1]);
    expect(left.sort()).toEqual(["/data/timeline.json", "local:2:b", "local:4:d", "local:5:c"]);
  });
});
