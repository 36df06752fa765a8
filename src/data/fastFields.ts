import { ID_PATTERN } from "./formatPatterns.ts";
import { unsafeCharacter } from "./unsafeCharacter.ts";

/*
 * The pieces the hot path's checks (fastEvent, fastShow, fastSource, fastDataset) are written from: each
 * says what one zod rule of schema.ts says, or "ask the schema" (ASK, null) when it is not sure.
 */

export type Fields = Record<string, unknown>;
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Null means "not sure": the caller asks the schema, which says why. */
export const ASK = null;

/** A schema's keys, each with its place: zod builds its objects in this order. */
export function keyOrder(keys: readonly string[]): ReadonlyMap<string, number> {
  return new Map(keys.map((key, place) => [key, place]));
}

/**
 * Whether the last plainFields() found the keys in the schema's order. When they are, and nothing needed
 * trimming, the object is already what zod would build, and it is kept instead of copied: at 100k events
 * the copies cost more in garbage collection than the checks (read at once: the next call overwrites it).
 */
let ordered = false;

/** Whether the object the last plainFields() call accepted had its keys in the schema's order. */
export const wasInOrder = (): boolean => ordered;

/** A plain object (as from JSON) with no key outside `allowed`. */
export function plainFields(value: unknown, allowed: ReadonlyMap<string, number>): Fields | null {
  if (typeof value !== "object" || value === null || Object.getPrototypeOf(value) !== Object.prototype) {
    return ASK;
  }
  let last = -1;
  let inOrder = true;
  for (const key in value) {
    const place = allowed.get(key);
    if (place === undefined) return ASK;
    if (place < last) inOrder = false;
    last = place;
  }
  ordered = inOrder;
  return value as Fields;
}

/** The object checked itself when it is already the value built from it; else the value built. */
export function reuse<T extends object>(raw: Fields, inOrder: boolean, built: T): T {
  if (!inOrder) return built;
  for (const key in built) if (built[key] !== raw[key]) return built;
  return raw as T;
}

/** The same, for a list: itself when every item is itself. */
export function reuseList<T>(raw: readonly unknown[], built: T[]): T[] {
  return built.every((item, i) => item === raw[i]) ? (raw as T[]) : built;
}

/** schema.ts's id. */
export const isId = (value: unknown): value is string =>
  typeof value === "string" && value.length <= 120 && ID_PATTERN.test(value);

/** schema.ts's text(max), trimmed as it trims; null when it would refuse. */
export function text(value: unknown, max: number): string | null {
  if (typeof value !== "string") return ASK;
  const trimmed = value.trim();
  if (trimmed.length < 1 || trimmed.length > max || unsafeCharacter(trimmed) !== null) return ASK;
  return trimmed;
}

/** An optional field: undefined is kept as undefined (zod keeps the key), anything else checked. */
export function optional<T>(value: unknown, check: (value: unknown) => T | null): T | undefined | null {
  return value === undefined ? undefined : check(value);
}

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (list as readonly string[]).includes(value);
}
