import { ABOUT_BEFORE } from "./aboutWords.ts";
import { isEdtf } from "./edtfInterval.ts";
import { MONTHS } from "./monthNames.ts";

// EDTF's season codes (level 1) and quarters (level 2).
const SEASONS: Record<string, number> = { spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24 };

const pad = (n: number) => String(n).padStart(2, "0");

/** A month's name or its short form (`Sep`, `Sept`); not any word that starts like one ("maybe", "market"). */
function monthNumber(word: string): number | null {
  const typed = word.toLowerCase();
  const index = MONTHS.findIndex((month) => typed.length >= 3 && month.toLowerCase().startsWith(typed));
  return index < 0 ? null : index + 1;
}

/** The EDTF a person probably meant by a date written in words ("Sept 2016" → 2016-09); null if unsure. */
export function suggestEdtf(text: string): string | null {
  const value = text.trim().replace(/\s+/g, " ");
  const guess = guessOf(value);
  return guess !== null && guess !== value && isEdtf(guess) ? guess : null;
}

function guessOf(value: string): string | null {
  let match: RegExpExecArray | null;
  // "circa 2016", "c. 2016", "~2016" → 2016~
  if ((match = ABOUT_BEFORE.exec(value))) {
    const inner = guessOf(match[1] ?? "") ?? match[1] ?? "";
    return isEdtf(inner) && !/[~?%]$/.test(inner) ? `${inner}~` : null;
  }
  // 2016/05/11, 2016.05.11, 2016-5-1
  if ((match = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(value))) {
    const [, y, m, d] = match;
    return d === undefined ? `${y}-${pad(Number(m))}` : `${y}-${pad(Number(m))}-${pad(Number(d))}`;
  }
  // Sept 2016, September 2016, May 11, 2016, May 11 2016
  if ((match = /^([a-z]+)\.?(?: (\d{1,2})(?:st|nd|rd|th)?,?)? (\d{4})$/i.exec(value))) {
    const [, word = "", d, y] = match;
    const m = monthNumber(word);
    if (m !== null) return d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(Number(d))}`;
    const season = SEASONS[word.toLowerCase()];
    if (season !== undefined && d === undefined) return `${y}-${season}`;
    return null;
  }
  // 11 May 2016, 11th of May, 2016
  if ((match = /^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\.?,? (\d{4})$/i.exec(value))) {
    const [, d, word = "", y] = match;
    const m = monthNumber(word);
    return m === null ? null : `${y}-${pad(m)}-${pad(Number(d))}`;
  }
  // Q4 2016, Q4-2016, 2016 Q4, 2016-Q4 (a spreadsheet's "2016-Q4"), 2016Q4
  if ((match = /^Q([1-4])[ /-]?(\d{4})$/i.exec(value) ?? /^(?:(\d{4})[ /-]?Q([1-4]))$/i.exec(value))) {
    const [quarter, year] = value.toUpperCase().startsWith("Q") ? [match[1], match[2]] : [match[2], match[1]];
    return `${year}-${32 + Number(quarter)}`;
  }
  // H2 2016, 2016-H2, first half of 2016, second half of 2016: EDTF's halves are 40 and 41.
  if ((match = /^H([12])[ /-]?(\d{4})$/i.exec(value) ?? /^(?:(\d{4})[ /-]?H([12]))$/i.exec(value))) {
    const [half, year] = value.toUpperCase().startsWith("H") ? [match[1], match[2]] : [match[2], match[1]];
    return `${year}-${39 + Number(half)}`;
  }
  if ((match = /^(?:the )?(first|second|latter) half of (\d{4})$/i.exec(value))) {
    return `${match[2]}-${match[1]?.toLowerCase() === "first" ? 40 : 41}`;
  }
  // the 2010s → 201X (some year of the decade)
  if ((match = /^(?:the )?(\d{3})0'?s$/i.exec(value))) return `${match[1]}X`;
  return null;
}
