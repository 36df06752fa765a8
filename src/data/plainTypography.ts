/** Quote marks, apostrophes, dashes and ellipses as plain characters: what autocorrect or retyping changes. */
export const plainTypography = (text: string) =>
  text
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\u2026/g, "...");
