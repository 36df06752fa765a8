import type { Receipt } from "../model/itemReceipts.ts";
import { publishedWords } from "../data/publishedWords.ts";
import { textFragmentUrl, waybackUrl } from "../model/receiptLinks.ts";
import { SafeLink } from "./SafeLink.tsx";

interface ReceiptListProps {
  readonly receipts: readonly Receipt[];
  /** Words after a line (`at`): an outcome's miss ("67 days after the reported window"). */
  readonly after?: readonly { readonly at: number; readonly words: string }[];
}

/**
 * Dates beside an item, each with its receipt as the citations panel links it: "was 2017 (Player.One, 2 May
 * 2016 · archived copy)", the publisher's link landing on the quote.
 */
export function ReceiptList({ receipts, after = [] }: ReceiptListProps) {
  return (
    <ul className="receipts">
      {receipts.map(({ words, source, quote }, index) => (
        <li key={index}>
          {words} (
          <SafeLink href={textFragmentUrl(source.url, quote)}>
            <bdi>{source.publisher}</bdi>, {publishedWords(source)}
          </SafeLink>
          {source.evidence === "wiki" && ", wiki text"} ·{" "}
          <SafeLink href={waybackUrl(source.url, source.published)}>archived copy</SafeLink>)
          {after
            .filter((a) => a.at === index)
            .map((a) => `; ${a.words}`)
            .join("")}
        </li>
      ))}
    </ul>
  );
}
