import type { Citation, Dataset, Source, TimelineEvent } from "../../../src/data/schema.ts";

/** Midnight UTC of a day, built from numbers (month 1–12). */
export const day = (year: number, month: number, date: number) => Date.UTC(year, month - 1, date);

export function source(id: string, published: string | null, over: Partial<Source> = {}): Source {
  return {
    id,
    title: `Title ${id}`,
    publisher: `Publisher ${id}`,
    author: null,
    published,
    url: `https://example.com/${id}`,
    ...over,
  };
}

export const SOURCES: readonly Source[] = [
  source("early", "2016-01-17"),
  source("may2", "2016-05-02"),
  source("may11", "2016-05-11"),
  source("undated", null, { evidence: "wiki" }),
  source("later", "2017-04-03"),
];

export const cite = (src: string, over: Partial<Citation> = {}): Citation => ({
  source: src,
  quote: `Quote from ${src}.`,
  ...over,
});

export function event(id: string, citations: Citation[], over: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    show: "show",
    kind: "production",
    label: `Label ${id}`,
    certainty: "reported",
    citations,
    ...over,
  };
}

export function dataset(events: TimelineEvent[], sources: readonly Source[] = SOURCES): Dataset {
  return { shows: [{ id: "show", title: "Show" }], sources: [...sources], events };
}

export const sourceMap = (sources: readonly Source[] = SOURCES) => new Map(sources.map((s) => [s.id, s]));
