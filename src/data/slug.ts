import { printable } from "./printable.ts";

/** Lower-case words joined by hyphens, as ids are written: "Pokémon" is pokemon, not poke-mon. */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
    .replace(/-+$/, "");
}

/**
 * `"E 1" could be e-1 (…)`: the id an id typed as words could be; null when it has no letter or digit to make
 * one of, or already is one.
 */
export function idCouldBe(value: string): string | null {
  const id = slug(value);
  return id === "" || id === value
    ? null
    : `"${printable(value)}" could be ${id} (write it so here and wherever the id is named)`;
}
