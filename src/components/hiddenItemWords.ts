import { dayWords } from "../dates/dayWords.ts";
import { firstReported } from "../model/firstReported.ts";
import type { HiddenItemNote } from "./HiddenItemNotice.tsx";

/** A hidden item's notice: its words, its action's label, and the action. */
export interface HiddenItemWords {
  readonly text: string;
  readonly action: string;
  readonly onShow: () => void;
}

/**
 * What a hidden item's notice says and offers. A note about an event not reported by the day shown names the
 * day of its first report, worked out here, with the notice, not when the page draws.
 */
export function hiddenItemWords(note: HiddenItemNote): HiddenItemWords {
  if (note.type === "filters") return note;
  const { label, event, dataset, onShowAsOf } = note;
  const reported = firstReported(event, dataset);
  const onShow = () => onShowAsOf(reported);
  return Number.isFinite(reported)
    ? {
        text: `${label} was first reported on ${dayWords(reported)}, after the day shown.`,
        action: `Show as of ${dayWords(reported)}`,
        onShow,
      }
    : {
        text: `${label} is known only from an undated page: it is shown as things turned out.`,
        action: "Show how it turned out",
        onShow,
      };
}
