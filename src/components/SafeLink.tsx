import type { ReactNode } from "react";
import { isHttpUrl } from "../data/isHttpUrl.ts";

/**
 * A link out, in a new tab, that cannot leak the page or run script: only http(s) URLs become links
 * (checked again here, not only in the schema); anything else is shown as text.
 */
export function SafeLink({ href, children }: { readonly href: string; readonly children: ReactNode }) {
  if (!isHttpUrl(href)) return <span className="unsafe-link">{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
