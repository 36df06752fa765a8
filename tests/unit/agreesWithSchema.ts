import { expect } from "vitest";

/**
 * Holds a hot-path check (fastEvent, fastShow, fastSource) to its zod schema for one raw item: both accept
 * or both refuse, and an accepted item gets the value zod gives. Says which way it went.
 */
export function agreesWithSchema(
  fast: (raw: unknown) => unknown,
  schema: { safeParse: (raw: unknown) => { success: boolean; data?: unknown } },
  raw: unknown,
): "accepted" | "refused" {
  const quick = fast(raw);
  const zod = schema.safeParse(raw);
  expect(quick !== null).toBe(zod.success);
  if (!zod.success) return "refused";
  // The same value, keys in the same order (JSON.stringify tells order apart; toStrictEqual, undefined keys).
  expect(quick).toStrictEqual(zod.data);
  expect(JSON.stringify(quick)).toBe(JSON.stringify(zod.data));
  return "accepted";
}
