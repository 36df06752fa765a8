/**
 * What a spreadsheet's own file is, when a workbook was given where its CSV export was meant (an `.xlsx`
 * renamed `.csv`, or picked by mistake): told by its first bytes, as read into text. Null for anything else.
 */
export function workbookKind(text: string): string | null {
  const start = text.replace(/^\uFEFF/, "");
  // A zip: Excel's .xlsx, LibreOffice's .ods, Numbers' export.
  if (start.startsWith("PK\u0003\u0004")) return "a spreadsheet workbook (Excel's .xlsx, or .ods)";
  // OLE2, read as Windows-1252 (D0 CF 11 E0) or, fetched, as UTF-8 replacement characters.
  if (start.startsWith("\u00D0\u00CF\u0011\u00E0") || start.startsWith("\uFFFD\uFFFD\u0011\uFFFD"))
    return "an Excel 97–2003 workbook (.xls)";
  return null;
}

/** What to do with a workbook: export it as CSV, in the words of the programs that make them. */
export const SAVE_AS_CSV =
  'save it as CSV (Excel: File › Save As › "CSV UTF-8"; Google Sheets: File › Download › ' +
  '"Comma-separated values"; LibreOffice: File › Save As › "Text CSV"), then use the .csv file';
