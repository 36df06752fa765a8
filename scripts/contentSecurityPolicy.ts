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
