/** An Excel 97–2003 workbook's first bytes (its OLE signature), padded to a sector: what a .xls starts with. */
export const XLS_BYTES = Uint8Array.from([
  0xd0,
  0xcf,
  0x11,
  0xe0,
  0xa1,
  0xb1,
  0x1a,
  0xe1,
  ...Array<number>(504).fill(0),
]);
