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
  // A data: address names no file.
  if (name === undefined && /^data:/i.test(url)) name = "";
  if (name === undefined) {
    try {
      name = decodeURIComponent(new URL(url, "http://x/").pathname.split("/").at(-1) ?? "");
    } catch {
      name = "";
    }
  }
  const stem = [
    ...name
      .replace(/\.(json|csv|tsv|txt)$/i, "")
      // Characters a file name may not hold on some systems, and control characters.
      .replace(/[\\/:*?"<>|\p{Cc}]+/gu, "-"),
  ]
    // Whole characters: half an emoji is no name.
    .slice(0, 100)
    .join("")
    // Windows drops a name's last dots and spaces.
    .replace(/[. ]+$/, "")
    .trim();
  if (stem === "" || stem.startsWith(".")) return DEFAULT_STEM;
  // A name Windows keeps for a device (CON, NUL, COM1…) is no file's.
  return /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(stem) ? `${stem}-${DEFAULT_STEM}` : stem;
}
