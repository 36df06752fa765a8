/** Files being read, in words: "Reading timeline.csv (17 MB)…", "Reading 3 files (18 MB)…". */
export function readingWords(files: readonly { readonly name: string; readonly size: number }[]): string {
  const bytes = files.reduce((sum, file) => sum + file.size, 0);
  const what = files.length === 1 ? (files[0]?.name ?? "") : `${files.length} files`;
  // Under a megabyte it is read before anyone could read this; the size says why the wait.
  const size = bytes >= 1e6 ? ` (${Math.round(bytes / 1e6)} MB)` : "";
  const wait = bytes >= 5e6 ? ": a file this large holds the page for a few seconds" : "";
  return `Reading ${what}${size}…${wait}`;
}
