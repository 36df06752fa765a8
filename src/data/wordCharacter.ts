/**
 * A character of a word in any script: a letter, a mark on one, a digit, or `_` (what `\b` takes for one,
 * were it not ASCII only). The pattern's source, for patterns that set it in their own (flag `u`).
 */
export const WORD_CHARACTER = "[\\p{L}\\p{M}\\p{N}_]";

const WORD = new RegExp(WORD_CHARACTER, "u");

/** Whether one character (a code point's text) is a word's (WORD_CHARACTER). */
export const isWordCharacter = (char: string): boolean => WORD.test(char);
