import { DatasetError } from "../data/DatasetError.ts";

/** One article of a manifest: its text file, and the URL of the source it is the text of. */
export interface ManifestEntry {
  readonly file: string;
  readonly url: string;
}

const NEEDS = 'manifest.json needs a "sources" list of {file, url}';

/**
 * A `manifest.json`'s text (`{"sources": [{"file": "a.txt", "url": "https://…"}]}`) → its entries, read
 * alike by the page and check:data; a DatasetError that says what is wrong when it is not that shape, never
 * a TypeError from deep inside.
 */
export function articleManifest(text: string): ManifestEntry[] {
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    throw new DatasetError("manifest.json is not valid JSON.");
  }
  const entries =
    typeof manifest === "object" && manifest !== null
      ? (manifest as { sources?: unknown }).sources
      : undefined;
  if (!Array.isArray(entries)) throw new DatasetError(`${NEEDS}.`);
  return entries.map((entry: unknown, i) => {
    const { file, url } = (typeof entry === "object" && entry !== null ? entry : {}) as Record<
      string,
      unknown
    >;
    if (typeof file !== "string" || typeof url !== "string")
      throw new DatasetError(`${NEEDS}: sources[${i}] is not one.`);
    return { file, url };
  });
}
