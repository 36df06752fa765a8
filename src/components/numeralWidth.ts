/** A character's width in ems, at its widest in the sans-serif faces readers get (DejaVu Sans on Linux). */
const EMS: Readonly<Record<string, number>> = { "+": 0.84, "-": 0.84, "−": 0.84, ",": 0.32, ".": 0.32 };

/**
 * A number's label's width, px ("+223", "-3,652,425"), erring wide. textWidth's per-character estimate
 * (0.56 em a digit, Arial's) drew "+46" about 4 px narrower than DejaVu Sans does (digits 0.64 em, "+" 0.84),
 * which ran two piles' counts together and cut off the miss axis's end labels.
 */
export function numeralWidth(text: string, size: number): number {
  let ems = 0;
  for (const ch of text) ems += EMS[ch] ?? 0.66;
  return Math.ceil(ems * size);
}
