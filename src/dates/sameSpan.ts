import { edtfInterval } from "./edtfInterval.ts";

/** Whether two dates denote the same span of days, however written or qualified ("2016?", "2016-XX"). */
export function sameSpan(a: string, b: string | null): boolean {
  if (a === b) return true;
  if (b === null) return false;
  const x = edtfInterval(a);
  const y = edtfInterval(b);
  return x.earliest === y.earliest && x.latest === y.latest;
}
