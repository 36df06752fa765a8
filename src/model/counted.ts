import { groupDigits } from "./groupDigits.ts";

/** A count with its noun, singular for one: "1 event", "2 events", "1 outcome page". */
export const counted = (n: number, one: string, many = `${one}s`): string =>
  `${groupDigits(n)} ${n === 1 ? one : many}`;
