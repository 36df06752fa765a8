import { edtfInterval } from "./edtfInterval.ts";

/** Whether every instant date `a` may be lies in date `b`'s span ("March 2016" in "2016"; "2016" in itself). */
export function spanWithin(a: string, b: string): boolean {
  const x = edtfInterval(a);
  const y = edtfInterval(b);
  return y.earliest <= x.earliest && x.latest <= y.latest;
}
