/**
 * The page's Content-Security-Policy. Scripts, styles and data only from the page's own origin, no inline
 * script, no plugins, no <base>, no forms, and Trusted Types with no policy at all, so that no string can
 * ever reach an HTML or script sink. `blob:` images are for the PNG export, which draws the chart's SVG.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join("; ");

/** Where the meta goes: right after the page's charset, ahead of every other tag of its head. */
const CHARSET = '<meta charset="UTF-8" />';

/**
 * The built page with its CSP as a meta element, for hosts that send no headers: right after its charset, so
 * that the policy is in force before the page requests or runs anything. A page without its charset line
 * (the anchor) fails the build rather than ship without the policy. (Last in the head, the preload scanner
 * would request the page's scripts sooner under a DevTools agent; session 39 measured it and did not keep
 * it: docs/speed-history.md.)
 */
export function withCspMeta(html: string): string {
  const at = html.indexOf(CHARSET);
  if (at < 0 || html.indexOf(CHARSET, at + 1) >= 0) throw new Error(`the page needs exactly one ${CHARSET}`);
  const end = at + CHARSET.length;
  const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
  return html.slice(0, end) + meta + html.slice(end);
}

/**
 * Headers the server must send, since a meta CSP cannot: `frame-ancestors` works only as a header, and
 * keeps any other site from framing the page (clickjacking). Sent by `npm run preview`, and shipped for static
 * hosts as `public/_headers` (Netlify, Cloudflare Pages) and the nginx snippet in docs/security.md; a unit
 * test keeps those copies equal to this one.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};
