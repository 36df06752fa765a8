import type { QueryClient } from "@tanstack/react-query";

/**
 * How many files opened from the device a visit holds, read and checked: each may be 40 MB of text, read
 * into a dataset several times its size. Back to an older one says it was let go, and offers to open it
 * again (MissingFilePage).
 */
export const FILES_HELD = 3;

/** A file opened in the visit: the dataset it is in the query cache as, and the `?data=` to go back to. */
export interface OpenedEntry<F extends { readonly key: string }> {
  readonly file: F;
  readonly before: string | null;
  /** Still in the query cache: shown while the URL names it. */
  readonly held: boolean;
}

/**
 * The files opened in the visit, by name, once `name` is opened (again, edited: it takes its old entry's
 * place) over the file `left` (null: a dataset of an address): the FILES_HELD last shown held, the rest
 * still named, so that their address says they were let go. The file left is one Back away: by when it was
 * first opened, an older file shown again was let go before files the new one took out of the history.
 */
export function withOpenedFile<F extends { readonly key: string }>(
  files: ReadonlyMap<string, OpenedEntry<F>>,
  name: string,
  opened: Omit<OpenedEntry<F>, "held">,
  left: string | null = null,
): Map<string, OpenedEntry<F>> {
  const newest = [...files].filter(([n]) => n !== name && n !== left);
  const leaving = left === null || left === name ? undefined : files.get(left);
  if (leaving) newest.push([left as string, leaving]);
  newest.push([name, { ...opened, held: true }]);
  const cut = newest.length - FILES_HELD;
  return new Map(newest.map(([n, entry], i) => [n, { ...entry, held: i >= cut && entry.held }]));
}

/**
 * Drops from the query cache every file's dataset no entry holds (let go, or replaced by the same name
 * opened again) and no view shows. The cache was the files' only store: Back to a file dropped from it
 * fetched its key as an address, and failed.
 */
export function letGoFiles<F extends { readonly key: string }>(
  queryClient: QueryClient,
  files: ReadonlyMap<string, OpenedEntry<F>>,
): void {
  const held = new Set([...files.values()].filter((e) => e.held).map((e) => e.file.key));
  queryClient.removeQueries({
    queryKey: ["dataset"],
    predicate: (query) => {
      const key = String(query.queryKey[1]);
      return key.startsWith("local:") && !held.has(key) && query.getObserversCount() === 0;
    },
  });
}
