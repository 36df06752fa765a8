import { ABOUT_BEFORE } from "./aboutWords.ts";
import { isEdtf } from "./edtfInterval.ts";
import { MONTHS } from "./monthNames.ts";

// EDTF's season codes (level 1) and quarters (level 2).
const SEASONS: Record<string, number> = { spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24 };

/**
 * The months' names in German, French and Spanish, January first, as a source in one of them writes a date
 * ("13. Mai 2016", "mai 2016", "13 de mayo de 2016"). Here, not in monthNames.ts: only the advice reads them,
 * and monthNames.ts is in the JavaScript before the first draw.
 */
const OTHER_MONTHS = [
  "januar jänner janvier enero",
  "februar février febrero",
  "märz mars marzo",
  "april avril abril",
  "mai mayo",
  "juni juin junio",
  "juli juillet julio",
  "august août agosto",
  "septembre septiembre",
  "oktober octobre octubre",
  "novembre noviembre",
  "dezember décembre diciembre",
];
const MONTH_NAMES = MONTHS.map((month, i) => `${month} ${OTHER_MONTHS[i] ?? ""}`);
/** The days of the week, Sunday first (as getUTCDay() counts them), in English, German, French and Spanish. */
const WEEKDAYS = [
  "sunday sonntag dimanche domingo",
  "monday montag lundi lunes",
  "tuesday dienstag mardi martes",
  "wednesday mittwoch mercredi miércoles",
  "thursday donnerstag jeudi jueves",
  "friday freitag vendredi viernes",
  "saturday samstag samedi sábado",
];

const pad = (n: number) => String(n).padStart(2, "0");
/** A word in lower case without its accents: "Févr" and "fevr" are one. */
const folded = (word: string) => word.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");

/**
 * Which of `names` (each a line of one thing's names in its languages) a word is, in full or cut short (`Sep`,
 * `Sept`, `Dez`): its index, or null for a word that starts like none of them ("maybe", "market"), or like two
 * ("jui": juin or juillet).
 */
function named(word: string, names: readonly string[]): number | null {
  const typed = folded(word);
  if (typed.length < 3) return null;
  const found = names.flatMap((line, i) =>
    folded(line)
      .split(" ")
      .some((n) => n.startsWith(typed))
      ? [i]
      : [],
  );
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** A month's name or its short form (`Sep`, `Sept`, `Mai`, `févr`); not any word that starts like one. */
function monthNumber(word: string): number | null {
  const index = named(word, MONTH_NAMES);
  return index === null ? null : index + 1;
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
  // A weekday before a day it reads without it (Friday, May 13, 2016; Freitag, 13. Mai 2016): the day, when it
  // is that weekday. When it is not, the source is wrong about one of the two: no guess.
  if ((match = /^(\p{L}+)\.?,? (.+)$/u.exec(value))) {
    const weekday = named(match[1] ?? "", WEEKDAYS);
    const day = weekday === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(guessOf(match[2] ?? "") ?? "");
    if (day)
      return new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))).getUTCDay() === weekday
        ? day[0]
        : null;
  }
  // 2016/05/11, 2016.05.11, 2016-5-1
  if ((match = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/.exec(value))) {
    const [, y, m, d] = match;
    return d === undefined ? `${y}-${pad(Number(m))}` : `${y}-${pad(Number(m))}-${pad(Number(d))}`;
  }
  // 05/2016, 5.2016: a month, then its year.
  if ((match = /^(0?[1-9]|1[0-2])[-/.](\d{4})$/.exec(value))) return `${match[2]}-${pad(Number(match[1]))}`;
  // 2016年5月13日, 2016년 5월 13일: a date as Chinese, Japanese and Korean write one.
  if ((match = /^(\d{4}) ?[年년](?: ?(\d{1,2}) ?[月월](?: ?(\d{1,2}) ?[日일])?)?$/.exec(value))) {
    const [, y, m, d] = match;
    return m === undefined
      ? `${y}`
      : d === undefined
        ? `${y}-${pad(Number(m))}`
        : `${y}-${pad(Number(m))}-${pad(Number(d))}`;
  }
  // Sept 2016, September 2016, May 11, 2016, May 11 2016, mai 2016, mayo de 2016
  if ((match = /^(\p{L}+)\.?(?: (\d{1,2})(?:st|nd|rd|th)?,?)? (?:de )?(\d{4})$/iu.exec(value))) {
    const [, word = "", d, y] = match;
    const m = monthNumber(word);
    if (m !== null) return d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(Number(d))}`;
    const season = SEASONS[word.toLowerCase()];
    if (season !== undefined && d === undefined) return `${y}-${season}`;
    return null;
  }
  // 11 May 2016, 11th of May, 2016, 13. Mai 2016, 1er mai 2016, 13 de mayo de 2016
  if ((match = /^(\d{1,2})(?:\.|st|nd|rd|th|er)? (?:of |de )?(\p{L}+)\.?,? (?:de )?(\d{4})$/iu.exec(value))) {
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
