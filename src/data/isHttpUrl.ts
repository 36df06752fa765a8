/**
 * An absolute http: or https: URL with a host, and nothing else (no javascript:, data:, //host), and no user
 * info: `https://www.screenrant.com@127.0.0.1/` goes to 127.0.0.1 while reading as screenrant.
 */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const { protocol, hostname, username, password } = new URL(value);
    return (
      (protocol === "http:" || protocol === "https:") &&
      hostname.length > 0 &&
      username === "" &&
      password === "" &&
      !hasUserInfo(value)
    );
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
