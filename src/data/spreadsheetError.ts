/**
 * The values a spreadsheet shows for a formula that failed (Excel and Google Sheets' `#REF!`, `#N/A`,
 * `#VALUE!`…, LibreOffice's `Err:502`), which its CSV export writes as if they were text.
 */
const ERROR_VALUE =
  /^(#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|UNKNOWN!|CONNECT!|BUSY!|PYTHON!|ERROR!)|Err:\d{3})$/i;

/** Whether a whole cell is a spreadsheet's error value: a formula's leftover, not what the author wrote. */
export const isSpreadsheetError = (cell: string): boolean => ERROR_VALUE.test(cell.trim());
