import { withEdtfGrammar } from "../dates/edtfGrammar.ts";
import { timelineItems, type TimelineItem } from "./timelineItems.ts";
import { fastDataset } from "../data/fastDataset.ts";
import type { ParsedDataset } from "../data/parseDataset.ts";
import { readJsonText } from "../data/readJsonText.ts";
import type { Contradiction } from "./contradictions.ts";
import { relationContradictions, type RelationStatement } from "./relationContradictions.ts";
import { asOfDays } from "./asOfDays.ts";
import { showColors } from "./showColors.ts";
import type { AsOfDays } from "./asOfParam.ts";
import { lazyAsOfView, type LazyAsOfView } from "./lazyAsOfView.ts";

export interface PreparedDataset extends ParsedDataset {
  /** The events, dates parsed, ready to lay out. */
  readonly items: readonly TimelineItem[];
  /** Relations that cannot all be true (A after B after A): drawn, and shown as the sources disagreeing. */
  readonly contradictions: readonly Contradiction<RelationStatement>[];
  /**
   * Each show's colour: the dataset's, not a day's (every day shares its shows), so that a report step
   * keeps the very map and nothing keyed on it (the readable colours) is redone.
   */
  readonly colors: ReadonlyMap<string, string>;
  /** The days the as-of view steps through. */
  readonly days: AsOfDays;
  /**
   * The dataset and its items as known on a day (UTC ms; Infinity: how it turned out). Here, with the date
   * parser, so that the page's first script stays small; its reader of claims loads when a day needs it.
   */
  readonly asOf: LazyAsOfView;
}

/**
 * JSON text → validated dataset and its items, loading the EDTF grammar when a date is not plain ISO. A
 * file with no problem passes the fast checks alone; only one that may have a problem loads the validator
 * (zod and the problem wording, about 14 KB gzip), which then finds and words each problem.
 */
export async function prepareDatasetText(text: string): Promise<PreparedDataset> {
  const json = await readJsonText(text);
  const parsed = (await withEdtfGrammar(() => fastDataset(json))) ?? (await checkWithSchema(json));
  return firstViewLoaded(await withEdtfGrammar(() => prepareParsed(parsed)));
}

/**
 * The prepared dataset once what its first view needs has loaded: the reader of claims, for a dataset
 * drawn through its claims from the start (one whose citations carry any), so that the page renders it at
 * once rather than waiting on it.
 */
export async function firstViewLoaded(prepared: PreparedDataset): Promise<PreparedDataset> {
  // Only loaded, no view made: the page makes the one of the day it shows (a link may name an earlier one).
  if (prepared.asOf.readsClaims) await prepared.asOf.load();
  return prepared;
}

async function checkWithSchema(json: unknown): Promise<ParsedDataset> {
  const { parseDataset } = await import("../data/parseDataset.ts");
  return withEdtfGrammar(() => parseDataset(json));
}

/** A validated dataset (from JSON or a spreadsheet) → its items, the as-of view and the contradictions. */
export function prepareParsed(parsed: ParsedDataset): PreparedDataset {
  const items = timelineItems(parsed.dataset);
  return {
    ...parsed,
    items,
    colors: showColors(parsed.dataset.shows),
    days: asOfDays(parsed.dataset),
    // One pass per day, kept for the days seen lately; nothing at all for a dataset without claims.
    asOf: lazyAsOfView(parsed.dataset, items),
    contradictions: relationContradictions(parsed.dataset),
  };
}
