import type { ReactNode } from "react";
import { Link } from "wouter";
import { useSearchPart } from "./useSearchPart.ts";

const wholeSearch = (search: string) => search;

/**
 * A link between the timeline and the scorecard or a source page that carries the page's whole search: the
 * dataset, and the timeline's filters, zoom window, day and open item. The other page reads only the dataset
 * of it and keeps the rest, so that its way back opens the view the reader left. It follows the URL as it is
 * now (a zoom writes the window without rendering the page again).
 */
export function ViewLink({
  path,
  className,
  children,
}: {
  readonly path: string;
  readonly className?: string;
  readonly children: ReactNode;
}) {
  const search = useSearchPart(wholeSearch);
  return (
    <Link className={className} href={`${path}${search}`}>
      {children}
    </Link>
  );
}
