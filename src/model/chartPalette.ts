/** Colours the chart draws with, per theme. Text 4.5:1 and marks 3:1 against `background`. */
export interface ChartPalette {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly gridMajor: string;
  readonly rowStripe: string;
  readonly latest: string;
  readonly connector: string;
  readonly focus: string;
  /** The opacity of a date's faded span ("somewhere in 2016"): less than a known stretch's solid bar. */
  readonly faded: number;
}

export const LIGHT: ChartPalette = {
  background: "#ffffff",
  text: "#1a1a1a",
  muted: "#555555",
  grid: "#e3e3e3",
  gridMajor: "#bdbdbd",
  rowStripe: "#f6f6f6",
  latest: "#b3261e",
  connector: "#5f5f5f",
  focus: "#0b57d0",
  faded: 0.35,
};

export const DARK: ChartPalette = {
  background: "#121212",
  text: "#ececec",
  muted: "#b4b4b4",
  grid: "#2a2a2a",
  gridMajor: "#4a4a4a",
  rowStripe: "#1a1a1a",
  latest: "#ff8a80",
  connector: "#a8a8a8",
  focus: "#8ab4f8",
  faded: 0.35,
};

/** For shows without a colour of their own; each is 3:1 against both backgrounds. */
export const SHOW_COLORS = [
  "#d03a2f",
  "#9b59d0",
  "#b27a00",
  "#1f9e5a",
  "#d0457f",
  "#5b7fa6",
  "#2f8fb0",
  "#a0692e",
];
