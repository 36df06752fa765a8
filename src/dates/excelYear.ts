/** A year written in two digits as Excel reads it: 00–29 are 20xx, 30–99 are 19xx. */
export const excelYear = (digits: number): number => (digits < 30 ? 2000 : 1900) + digits;
