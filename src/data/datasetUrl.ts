import { printable } from "./printable.ts";

const DEFAULT_DATASET = "data/timeline.json";

export type DatasetUrl = { readonly url: string; readonly error?: undefined } | { readonly error: string };

/**
 * Where to load the dataset from: `?data=<path on this site>`, or the bundled one. Another origin is
 * refused, so a crafted link cannot make the page fetch from elsewhere.
 */
export function datasetUrl(dataParam: string | null, pageUrl: string): DatasetUrl {
  const page = new URL(pageUrl);
  const base = new URL(import.meta.env.BASE_URL, page);
  if (dataParam === null || dataParam.trim() === "") return { url: new URL(DEFAULT_DATASET, base).pathname };
  // No path holds a control character, and the URL parser would drop it without a word (`%00` alone became
  // the site's root, `time%0Aline.json` timeline.json): a link that names another file than it shows.
  if (/\p{Cc}/u.test(dataParam)) {
    return { error: `"${printable(dataParam)}" is not a path to a dataset.` };
  }
  let target: URL;
  try {
    target = new URL(dataParam, base);
  } catch {
    return { error: `"${printable(dataParam)}" is not a path to a dataset.` };
  }
  if (target.origin !== page.origin || !/^https?:$/.test(target.protocol)) {
    return { error: `The data parameter must be a path on this site, not "${printable(dataParam)}".` };
  }
  return { url: `${target.pathname}${target.search}` };
}
