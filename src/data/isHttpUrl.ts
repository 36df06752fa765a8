import { NOT_ITS_OWN_END } from "./formatPatterns.ts";

/** The scheme, and an end that is the address's own (NOT_ITS_OWN_END). */
const OWN_END = new RegExp(`^https?://(?!${NOT_ITS_OWN_END.join("|")})`, "i");

/**
 * An absolute http: or https: URL with a host, and nothing else (no javascript:, data:, //host), and no user
 * info: `https://www.screenrant.com@127.0.0.1/` goes to 127.0.0.1 while reading as screenrant. Nor one that
 * ends as an address copied with its sentence or cut short does: in `…` (or `...`), or a `)` that no `(` in
 * it opens, its sentence's `.` or `,` maybe after it (a Wikipedia page's `Daredevil_(TV_series)` ends in one
 * of its own); urlMeant() says what to write. A `.` or `,` alone may be the address's own
 * (`…/wiki/Agents_of_S.H.I.E.L.D.`), and a fragment may end so (`#:~:text=…premieres.` quotes its sentence).
 */
export function isHttpUrl(value: string): boolean {
  // The scheme tested here is the one URL() reads, so its protocol needs no second look.
  if (!OWN_END.test(value)) return false;
  try {
    const { hostname, username, password } = new URL(value);
    return hostname.length > 0 && username === "" && password === "" && !hasUserInfo(value);
  } catch {
    return false;
  }
}

/**
 * Whether the URL names a user (or a password) before its host: `https://user@host/`. An empty "@" too,
 * which leaves URL's username and password empty but still hides the host behind text.
 */
export function hasUserInfo(value: string): boolean {
  return /^https?:\/\/[^/?#]*@/i.test(value);
}

/** Where a link really goes: the host as the browser will ask for it, punycode (xn--) where not ASCII. */
export function linkHost(value: string): string {
  return new URL(value).host;
}
