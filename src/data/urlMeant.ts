import { isHttpUrl } from "./isHttpUrl.ts";

/**
 * What a url (a sheet's cell, a JSON value) that is not a URL meant: a HYPERLINK formula's address (the
 * formula itself reaches a CSV only as text), an address with spaces, or one typed without its scheme, as a
 * spreadsheet or the address bar shows a link. Nothing otherwise.
 */
export function urlMeant(cell: string): string {
  const formula = /^=\s*HYPERLINK\(\s*"([^"]+)"/i.exec(cell)?.[1];
  if (formula !== undefined && isHttpUrl(formula))
    return `: a HYPERLINK formula is not its link; write the address itself, ${formula}`;
  // An address with spaces in it (a pasted title's words): a URL writes a space as %20.
  const spaced = cell.trim().replace(/\s/g, "%20");
  if (spaced !== cell.trim() && isHttpUrl(spaced))
    return `: a URL has no spaces; write each as %20 (${spaced}), or check the address`;
  if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(cell) && isHttpUrl(`https://${cell}`))
    return `: write it with its scheme, as the browser's address bar shows it: https://${cell} (or http://)`;
  return "";
}
