import { describe, expect, it } from "vitest";
import { wordList } from "../../src/model/wordList.ts";

describe("wordList()", () => {
  it("lists words as a sentence does, with the conjunction before the last", () => {
    expect(wordList([], "and")).toBe("");
    expect(wordList(["filming"], "or")).toBe("filming");
    expect(wordList(["filming", "release"], "or")).toBe("filming or release");
    expect(wordList(["a show", "a day", "an item"], "and")).toBe("a show, a day and an item");
  });
});
