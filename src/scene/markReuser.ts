import type { SceneMark } from "./scene.ts";

/** Whether two values of plain data (numbers, strings, arrays and objects of them) are equal throughout. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return keys.every((key) => key in y && same(x[key], y[key]));
}

/**
 * A function that gives back the marks it is given, each one that draws just as the mark of its id did in
 * the last call replaced by that mark: a memoized element handed the same object does not render again.
 * So a redraw after a pan, which places most marks where they were (layerOrigin), renders only the rest.
 */
export function markReuser(): (marks: readonly SceneMark[]) => readonly SceneMark[] {
  let last = new Map<string, SceneMark>();
  return (marks) => {
    const reused = marks.map((mark) => {
      const before = last.get(mark.id);
      return before && same(before, mark) ? before : mark;
    });
    last = new Map(reused.map((mark) => [mark.id, mark]));
    return reused;
  };
}
