/** The first bytes of an OLE2 compound file: Excel 97–2003's .xls (and Word's .doc, which no one calls CSV). */
const OLE2 = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);

/**
 * The signature as each reader turns it into text: byte for byte, as a local file of binary bytes is read
 * (decodeFileText), and as UTF-8 with replacement characters, as a fetched one is. `E0 A1 B1` is valid
 * UTF-8, so the second is not all "\uFFFD": spelt out by hand, it was wrong, and no .xls was ever told.
 */
const OLE2_AS_TEXT = [
  String.fromCharCode(...OLE2),
  new TextDecoder().decode(OLE2),
  // A local file that is not UTF-8 is read so only where its bytes are not (decodeFileText): `E0 A1 B1` as
  // UTF-8 among bytes read as Windows-1252, and `E1` as whatever it makes with the bytes after it, which
  // vary: the first seven bytes only, as that reading makes them (5 of 8 test files were "binary data").
  String.fromCharCode(0xd0, 0xcf, 0x11) + new TextDecoder().decode(OLE2.subarray(3, 6)) + "\u001a",
];

/**
 * What a spreadsheet's own file is, when a workbook was given where its CSV export was meant (an `.xlsx`
 * renamed `.csv`, or picked by mistake): told by its first bytes, as read into text. Null for anything else.
 */
export function workbookKind(text: string): string | null {
  const start = text.replace(/^\uFEFF/, "");
  // A zip: Excel's .xlsx, LibreOffice's .ods, Numbers' export.
  if (start.startsWith("PK\u0003\u0004")) return "a spreadsheet workbook (Excel's .xlsx, or .ods)";
  if (OLE2_AS_TEXT.some((signature) => start.startsWith(signature)))
    return "an Excel 97–2003 workbook (.xls)";
  return null;
}

/** What to do with a workbook: export it as CSV, in the words of the programs that make them. */
export const SAVE_AS_CSV =
  'save it as CSV (Excel: File › Save As › "CSV UTF-8"; Google Sheets: File › Download › ' +
  '"Comma-separated values"; LibreOffice: File › Save As › "Text CSV"), then use the .csv file';

/** A spreadsheet program's own file, by its name: given where its CSV export was meant. */
export const WORKBOOK_NAME = /\.(xlsx|xlsm|xls|ods|numbers)$/i;
