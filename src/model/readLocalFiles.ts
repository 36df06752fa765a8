import { DatasetError } from "../data/DatasetError.ts";
import { afterPaint } from "./afterPaint.ts";
import { decodeFileText } from "./decodeFileText.ts";
import { MAX_DATASET_BYTES } from "./fetchDataset.ts";
import type { LocalFile } from "./openDatasetFiles.ts";

/**
 * Files a reader picked or dropped → their texts, each read in the encoding its bytes are in
 * (decodeFileText). The open path's one size check: by the size in bytes the system gives, before a byte is
 * read, since reading gigabytes only to learn that they are too many would stall the tab, or crash it.
 * Articles too: none is that long.
 */
export async function readLocalFiles(files: readonly File[]): Promise<LocalFile[]> {
  const over = files.find((file) => file.size > MAX_DATASET_BYTES);
  if (over !== undefined) {
    throw new DatasetError(
      `${over.name} is over ${MAX_DATASET_BYTES / 1024 / 1024} MB: the page would stall on it.`,
    );
  }
  // Reading, decoding and checking a large file holds the page for seconds: the page says so first.
  await afterPaint();
  // Bytes, not file.text(): that reads every file as UTF-8, and a spreadsheet's CSV may not be.
  return Promise.all(
    files.map(async (file) => ({ name: file.name, ...decodeFileText(await bytesOf(file)) })),
  );
}

/**
 * A file's bytes; a DatasetError naming it when it cannot be read. A dropped folder is such a "file" (the
 * browser's own words, "A requested file or directory could not be found…", name none), and so is one
 * moved or deleted since it was picked.
 */
async function bytesOf(file: File): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new DatasetError(
      `${file.name} could not be read: a folder is not opened (open or drop the files in it instead), ` +
        "and a file moved or deleted since it was chosen cannot be.",
    );
  }
}
