import type { Source } from "../data/schema.ts";
import { publishedWords } from "../data/publishedWords.ts";

interface QuoteProps {
  readonly quote: string;
  readonly source: Source;
  /** Name the author too, where the article names one. */
  readonly withAuthor?: boolean;
}

/** A quote as the dataset has it, isolated from the text around it, and who published it when. */
export function Quote({ quote, source, withAuthor = false }: QuoteProps) {
  return (
    <>
      <blockquote cite={source.url}>
        <bdi>“{quote}”</bdi>
      </blockquote>
      <p className="attribution">
        — <bdi>{source.publisher}</bdi>
        {withAuthor && source.author && (
          <>
            , <bdi>{source.author}</bdi>
          </>
        )}
        , {publishedWords(source)}
        {source.evidence === "wiki" && ", wiki text"}
      </p>
    </>
  );
}
