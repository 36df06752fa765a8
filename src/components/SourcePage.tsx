import { Link } from "wouter";
import { printable } from "../data/printable.ts";
import { useDataset } from "../model/useDataset.ts";
import { CiteExport } from "./CiteExport.tsx";
import { publishedWords } from "../model/publishedWords.ts";
import { waybackUrl } from "../model/receiptLinks.ts";
import { DatasetErrorScreen } from "./DatasetErrorScreen.tsx";
import { ErrorScreen } from "./ErrorScreen.tsx";
import { Quote } from "../chart/Quote.tsx";
import { SafeLink } from "./SafeLink.tsx";
import { ViewLink } from "./ViewLink.tsx";

interface SourcePageProps {
  readonly url: string;
  readonly sourceId: string;
  /** The timeline's address for an item, keeping the dataset parameter. */
  readonly itemHref: (eventId: string) => string;
}

/** One article: what it is, where it is, and every quote the dataset takes from it. */
export function SourcePage({ url, sourceId, itemHref }: SourcePageProps) {
  const query = useDataset(url);
  const items = query.data?.items ?? [];
  if (query.isPending) return <p role="status">Loading…</p>;
  if (query.isError) return <DatasetErrorScreen error={query.error} onRetry={() => void query.refetch()} />;
  const source = query.data.dataset.sources.find((s) => s.id === sourceId);
  if (!source) {
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
  const quotes = items.flatMap((item) =>
    item.citations.filter((c) => c.source.id === source.id).map((c) => ({ item, quote: c.quote })),
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
        <dd>{publishedWords(source)}</dd>
        <dt>Original</dt>
        <dd>
          <SafeLink href={source.url}>{source.url}</SafeLink> ·{" "}
          <SafeLink href={waybackUrl(source.url, source.published)}>Archived copy</SafeLink>
        </dd>
      </dl>
      <CiteExport cited={[{ source, quotes: quotes.map((q) => q.quote) }]} filename={source.id} />
      <h3>{quotes.length === 1 ? "1 quote in the timeline" : `${quotes.length} quotes in the timeline`}</h3>
      <ul className="source-quotes">
        {quotes.map(({ item, quote }, index) => (
          <li key={index}>
            <Quote quote={quote} source={source} />
            <p>
              for{" "}
              <Link href={itemHref(item.id)}>
                <bdi>{item.event.label}</bdi>
              </Link>{" "}
              ({item.when})
            </p>
          </li>
        ))}
      </ul>
    </article>
  );
}
