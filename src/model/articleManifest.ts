import * as z from "zod/mini";
import { DatasetError } from "../data/DatasetError.ts";
// zod's config (jitless, under the page's Content-Security-Policy; plain words), set where the schema is.
import "../data/schema.ts";

/** One article of a manifest: its text file, and the URL of the source it is the text of. */
export interface ManifestEntry {
  readonly file: string;
  readonly url: string;
}

const manifestSchema = z.object({ sources: z.array(z.object({ file: z.string(), url: z.string() })) });

const NEEDS = 'manifest.json needs a "sources" list of {file, url}';

/**
 * A `manifest.json`'s text (`{"sources": [{"file": "a.txt", "url": "https://…"}]}`) → its entries, read
 * alike by the page and check:data; a DatasetError that says what is wrong when it is not that shape (the
 * first entry that is not one, and which of its fields), never a TypeError from deep inside.
 */
export function articleManifest(text: string): ManifestEntry[] {
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    throw new DatasetError("manifest.json is not valid JSON.");
  }
  const parsed = manifestSchema.safeParse(manifest);
  if (parsed.success) return parsed.data.sources;
  const [issue] = parsed.error.issues;
  const [list, index, field] = issue?.path ?? [];
  if (list !== "sources" || typeof index !== "number") throw new DatasetError(`${NEEDS}.`);
  const why = typeof field === "string" ? ` (its ${field} ${issue?.message ?? "is wrong"})` : "";
  throw new DatasetError(`${NEEDS}: sources[${index}] is not one${why}.`);
}
