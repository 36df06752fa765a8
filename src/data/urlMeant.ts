import { isHttpUrl } from "./isHttpUrl.ts";

/** Marks an address is copied inside, from prose or an email: “…”, "…", ‘…’, '…', «…», <…>. */
const WRAPPED = /^(?:“(.+)”|"(.+)"|‘(.+)’|'(.+)'|«(.+)»|<(.+)>)$/;
/** `https//`, `https:/`, `htps://`, `http;//`: a scheme mistyped (its `s`, or none, kept). */
const SCHEME_SLIP = /^h*t+p+(s?)(?:[:;]+[/\\]*|[/\\]+)/i;

/**
 * What a url (a sheet's cell, a JSON value) that is not a URL meant: a HYPERLINK formula's address (the
 * formula itself reaches a CSV only as text), an address in quotation marks or angle brackets, with the
 * sentence's `).` after it, cut short (…), with its scheme mistyped, with spaces, or typed without its
 * scheme, as a spreadsheet or the address bar shows a link. Nothing otherwise.
 */
export function urlMeant(cell: string): string {
  const formula = /^=\s*HYPERLINK\(\s*"([^"]+)"/i.exec(cell)?.[1];
  if (formula !== undefined && isHttpUrl(formula))
    return `: a HYPERLINK formula is not its link; write the address itself, ${formula}`;
  const value = cell.trim();
  const inner = WRAPPED.exec(value)
    ?.slice(1)
    .find((part) => part !== undefined);
  if (inner !== undefined && isHttpUrl(inner.trim()))
    return `: drop the ${value.startsWith("<") ? "angle brackets" : "quotation marks"} around it: ${inner.trim()}`;
  // A link shown shortened (in a post, or on a page) is not its address: the rest of it is nowhere here.
  if (/^https?:\/\/[^#]*(?:…|\.\.\.)$/i.test(value))
    return ": it ends in …, as an address shown cut short does (in a post or on a page); copy the whole address from the link itself";
  // The sentence's own punctuation, copied with the address: "(see https://variety.com/st2)."
  let cut = value;
  while (/^[^#]*[.,]$/.test(cut) || (/^[^#]*\)$/.test(cut) && !cut.includes("("))) cut = cut.slice(0, -1);
  if (cut !== value && isHttpUrl(cut))
    return `: drop the "${value.slice(cut.length)}" at its end, copied with the address from the sentence around it: ${cut}`;
  const slip = SCHEME_SLIP.exec(value);
  const schemed = slip && `http${slip[1] ?? ""}://${value.slice(slip[0].length)}`;
  if (slip && !/^https?:\/\/[^/\\]/i.test(value) && schemed && isHttpUrl(schemed))
    return `: its scheme is mistyped ("${slip[0]}"); write ${schemed}`;
  // A host has no spaces at all (a pasted title's words in it, or a space typed before ".com"): deleted.
  const [, scheme = "", host = "", rest = ""] = /^(https?:\/\/)([^/?#]*)(.*)$/i.exec(value) ?? [];
  const joined = `${scheme}${host.replace(/\s/g, "")}${rest.replace(/\s/g, "%20")}`;
  if (/\s/.test(host) && isHttpUrl(joined))
    return `: a host has no spaces; delete them${/\s/.test(rest) ? ", and write those after it as %20" : ""}: ${joined}`;
  // An address with spaces in it (a pasted title's words): a URL writes a space as %20.
  const spaced = value.replace(/\s/g, "%20");
  if (spaced !== value && isHttpUrl(spaced))
    return `: a URL has no spaces; write each as %20 (${spaced}), or check the address`;
  if (/^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(cell) && isHttpUrl(`https://${cell}`))
    return `: write it with its scheme, as the browser's address bar shows it: https://${cell} (or http://)`;
  return "";
}
