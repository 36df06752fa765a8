import type { ReactNode } from "react";
import { Link } from "wouter";
import type { Source } from "../data/schema.ts";
import type { TimelineItem } from "../model/timelineItems.ts";
import { printable } from "../data/printable.ts";
import { useDataset } from "../model/useDataset.ts";
import { CiteExport } from "./CiteExport.tsx";
import { citationClaimWords } from "../model/claimWords.ts";
import { publishedSpanWords, publishedWords } from "../data/publishedWords.ts";
import { waybackUrl } from "../model/receiptLinks.ts";
import { DatasetErrorScreen } from "./DatasetErrorScreen.tsx";
import { ErrorScreen } from "./ErrorScreen.tsx";
import { PageTitle } from "./PageTitle.tsx";
import { Quote } from "../chart/Quote.tsx";
import { SafeLink } from "./SafeLink.tsx";
import { ViewLink } from "./ViewLink.tsx";
import { useSearchPart } from "./useSearchPart.ts";
import { dayWords } from "../dates/dayWords.ts";
import { isoDayMs } from "../model/eventClaims.ts";

/** The day of the timeline's link (`asof`), a plain ISO day; null for none, "end" or another value. */
const linkedDay = (search: string) => new URLSearchParams(search).get("asof");

interface SourcePageProps {
  readonly url: string;
  readonly sourceId: string;
  /** The timeline's address for an item, keeping the dataset parameter. */
  readonly itemHref: (eventId: string) => string;
  /** The same, as it turned out (outcomes shown): where an outcome's quote leads. */
  readonly outcomeHref: (eventId: string) => string;
  /** The site's title (the dataset's): the tab says the source's title before it. */
  readonly siteTitle: string;
}

/** One article: what it is, where it is, and every quote the dataset takes from it. */
export function SourcePage({ url, sourceId, itemHref, outcomeHref, siteTitle }: SourcePageProps) {
  const query = useDataset(url);
  const source = query.data?.dataset.sources.find((s) => s.id === sourceId);
  // The tab names the source, or says there is none, once the dataset is read.
  const tab = query.isSuccess ? `${source ? source.title : "No such source"} · ${siteTitle}` : siteTitle;
  let body: ReactNode;
  if (query.isPending) body = <p role="status">Loading…</p>;
  else if (query.isError)
    body = <DatasetErrorScreen error={query.error} onRetry={() => void query.refetch()} />;
  else if (!source) body = <NoSuchSource sourceId={sourceId} />;
  else
    body = (
      <SourceArticle source={source} items={query.data.items} itemHref={itemHref} outcomeHref={outcomeHref} />
    );
  return (
    <>
      <PageTitle text={tab} />
      {body}
    </>
  );
}

function NoSuchSource({ sourceId }: { readonly sourceId: string }) {
  return (
    <>
      <ErrorScreen
        title="No such source"
        message={`The dataset has no source with the id “${printable(sourceId)}”.`}
      />
      <p>
        <ViewLink className="nav-link" path="/">
          Back to the timeline
        </ViewLink>
      </p>
    </>
  );
}

function SourceArticle({
  source,
  items,
  itemHref,
  outcomeHref,
}: Pick<SourcePageProps, "itemHref" | "outcomeHref"> & {
  readonly source: Source;
  readonly items: readonly TimelineItem[];
}) {
  // Opened from the timeline as of a day before it was published: its quotes are not on that timeline yet.
  const asOf = useSearchPart(linkedDay);
  const day = asOf !== null && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? isoDayMs(asOf) : NaN;
  const ahead = source.published !== null && isoDayMs(source.published) > day;
  // The event's own citations: each with what it claimed, which the item's resolved ones leave out.
  const quotes = items.flatMap((item) =>
    item.event.citations.filter((c) => c.source === source.id).map((citation) => ({ item, citation })),
  );
  return (
    <article className="source-page">
      <p>
        {/* Back to the view the timeline's link came from (its filters, window, day, open item), kept in this URL. */}
        <ViewLink className="nav-link" path="/">
          ← Back to the timeline
        </ViewLink>
      </p>
      <h2>
        <bdi>{source.title}</bdi>
      </h2>
      <dl className="panel-facts">
        <dt>Publisher</dt>
        <dd>
          <bdi>{source.publisher}</bdi>
        </dd>
        <dt>Author</dt>
        <dd>{source.author ? <bdi>{source.author}</bdi> : "not named"}</dd>
        <dt>Published</dt>
        <dd>
          {publishedWords(source)}
          {publishedSpanWords(source) && ` (${publishedSpanWords(source)})`}
        </dd>
        <dt>Original</dt>
        <dd>
          <SafeLink href={source.url}>{source.url}</SafeLink> ·{" "}
          <SafeLink href={waybackUrl(source.url, source.published)}>Archived copy</SafeLink>
        </dd>
      </dl>
      {ahead && (
        <p>
          Published after {dayWords(day)}, the day the timeline you came from is shown as of: that timeline
          does not hold its quotes yet.
        </p>
      )}
      <CiteExport cited={[{ source, quotes: quotes.map((q) => q.citation.quote) }]} filename={source.id} />
      <h3>{quotes.length === 1 ? "1 quote in the timeline" : `${quotes.length} quotes in the timeline`}</h3>
      <ul className="source-quotes">
        {quotes.map(({ item, citation }, index) => {
          const said = citationClaimWords(citation, item.event);
          return (
            <li key={index} className={citation.outcome ? "outcome-citation" : undefined}>
              <Quote quote={citation.quote} source={source} />
              <p>
                for{" "}
                <Link href={(citation.outcome ? outcomeHref : itemHref)(item.id)}>
                  <bdi>{item.event.label}</bdi>
                </Link>
                {citation.claim === undefined && eventDate(item.event.label, item.when)}
              </p>
              {said && <p className="citation-claim">{said}</p>}
            </li>
          );
        })}
      </ul>
    </article>
  );
}

/**
 * The event's date after its label, for a quote that claims nothing of its own (it supports the event's
 * date): " (30 September 2016)"; nothing when the label already says it ("… premieres (date not announced)").
 */
function eventDate(label: string, when: string): string {
  return label.toLowerCase().includes(when.toLowerCase()) ? "" : ` (${when})`;
}
