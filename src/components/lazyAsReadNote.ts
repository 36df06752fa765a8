import { lazyView } from "../lazyView.ts";

/**
 * The Save buttons' note that the CSV and JSON hold only what was read: only a dataset with problems needs it;
 * it loads with the problem list, before the chart, so as not to push it (the menu's stand-in shows it too).
 */
export const LazyAsReadNote = lazyView(() => import("./AsReadNote.tsx").then((m) => m.AsReadNote));
