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
      // An empty "@" leaves username and password empty but still hides the host behind text.
      !/^https?:\/\/[^/?#]*@/i.test(value)
    );
  } catch {
    return false;
  }
}

/** Where a link really goes: the host as the browser will ask for it, punycode (xn--) where not ASCII. */
export function linkHost(value: string): string {
  return new URL(value).host;
}
