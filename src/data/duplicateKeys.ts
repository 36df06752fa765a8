import { visit, type JSONPath } from "jsonc-parser";
import { printable } from "./printable.ts";
import { ProblemLog, type OmittedProblems, type Problem } from "./problemLog.ts";

/** `events[3].start` from jsonc-parser's path of segments. */
function pathWords(path: JSONPath, key: string): string {
  let words = "";
  for (const part of path)
    words += typeof part === "number" ? `[${part}]` : `${words === "" ? "" : "."}${part}`;
  return words === "" ? key : `${words}.${key}`;
}

/**
 * The keys a JSON text gives twice in one object (`"start"` twice in an event), which `JSON.parse` reads
 * as the last without a word: each said once, where it is, as kept (the event is drawn, by the last). The
 * text is scanned again by a parser that reports each key (jsonc-parser), about as long as JSON.parse takes.
 */
export function duplicateKeys(text: string): {
  readonly problems: readonly Problem[];
  readonly omitted: readonly OmittedProblems[];
} {
  const log = new ProblemLog();
  // Each open object's keys, with the line each was first given on.
  const open: Map<string, number>[] = [];
  visit(text, {
    onObjectBegin: () => void open.push(new Map()),
    onObjectEnd: () => void open.pop(),
    onObjectProperty: (key, _offset, _length, line, _column, pathOf) => {
      const keys = open.at(-1);
      const first = keys?.get(key);
      if (keys === undefined) return;
      if (first === undefined) {
        keys.set(key, line + 1);
        return;
      }
      log.add(
        "a key given twice",
        () => ({
          id: null,
          path: pathWords(pathOf(), printable(key, 80)),
          reason: `"${printable(key, 80)}" is given twice in one object (${first === line + 1 ? `both on line ${first}` : `lines ${first} and ${line + 1}`}): the last is read, as JSON is; delete the one not meant`,
        }),
        "kept",
      );
    },
  });
  return { problems: log.problems, omitted: log.omitted };
}
