import type { Certainty } from "./schema.ts";

/**
 * What each certainty means, as the citations panel says it. A module of its own: the labels are read before
 * the first draw, and these sentences only once a panel opens.
 */
export const CERTAINTY_MEANINGS: Record<Certainty, string> = {
  confirmed: "announced officially (by the studio or the network), or stated as fact",
  reported: "said by someone involved, or reported as news, but not official",
  speculative: "the writer's expectation or guess",
};
