/**
 * How far opening a file has got, for the open dialog to say: a large sheet takes seconds, and the page
 * shows its progress between the steps rather than holding still until the end.
 */
export type OpeningStep =
  /** The sheet's text split into rows, their cells not yet read. */
  | { readonly kind: "split" }
  /** The sheet's data rows read into items: `done` of `total`. */
  | { readonly kind: "rows"; readonly done: number; readonly total: number }
  /** The dataset checked against the format, as any dataset is. */
  | { readonly kind: "checking"; readonly events: number }
  /** Checked: the page makes its items and views, and then draws it. */
  | { readonly kind: "preparing"; readonly events: number };
