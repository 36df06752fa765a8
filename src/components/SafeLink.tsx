import type { ReactNode } from "react";
import { isHttpUrl, linkHost } from "../data/isHttpUrl.ts";

/**
 * A link out, in a new tab, that cannot leak the page or run script: only http(s) URLs without user info
 * become links (checked again here, not only in the schema); anything else is shown as text. The real host
 * stands beside the text, in its punycode form, so a look-alike (Cyrillic "е") cannot pass for the original.
 */
export function SafeLink({ href, children }: { readonly href: string; readonly children: ReactNode }) {
  if (!isHttpUrl(href)) return <span className="unsafe-link">{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children} <span className="link-host">({linkHost(href)})</span>
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
