import { describe, expect, it } from "vitest";
import { numeralWidth } from "../../src/components/numeralWidth.ts";

// DejaVu Sans's advance widths, ems (the face system-ui and sans-serif give on Debian): the widest met.
const DEJAVU: Record<string, number> = { "+": 0.838, "-": 0.361, ",": 0.318 };
const dejaVu = (text: string, size: number) =>
  [...text].reduce((ems, ch) => ems + (DEJAVU[ch] ?? 0.636), 0) * size;

describe("numeralWidth()", () => {
  it("is never narrower than DejaVu Sans draws a count or a tick's label", () => {
    for (const text of ["+5", "+46", "+223", "+1,000", "-3,652,425", "3,652,425", "0", "-30"])
      expect(numeralWidth(text, 12), text).toBeGreaterThanOrEqual(dejaVu(text, 12));
  });
});
