/** What a saved file's name starts with when the dataset's address names no file. */
const DEFAULT_STEM = "timeline";

/**
 * The name a dataset's saved files start with: the file it was read from, without its extension
 * ("my-timeline.csv" opened on the page, `?data=https://example.com/marvel.json`: "my-timeline", "marvel"),
 * so that what an author saves is named after what they opened. The bundled dataset's is "timeline".
 * `url`: the dataset's address, or the page's key of a file opened on it (`local:1:my-timeline.csv`).
 */
export function datasetFileStem(url: string): string {
  const local = /^local:\d+:(.*)$/s.exec(url);
  let name = local?.[1];
  if (name === undefined) {
    try {
      name = decodeURIComponent(new URL(url, "http://x/").pathname.split("/").at(-1) ?? "");
    } catch {
      name = "";
    }
  }
  const stem = name
    .replace(/\.(json|csv|tsv|txt)$/i, "")
    // Characters a file name may not hold on some systems, and control characters.
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, "-")
    .trim()
    .slice(0, 100);
  return stem === "" || stem.startsWith(".") ? DEFAULT_STEM : stem;
}
