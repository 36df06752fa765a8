/*
 * The format's text patterns, in one place: the zod schema (schema.ts) and the hot path's hand-written
 * checks (fastFields, fastShow, fastSource) both test against these, so the two cannot drift apart.
 */

/** An id: lower-case words joined by hyphens, like luke-cage-1-release. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A show's colour: #rrggbb. */
export const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;

/** The shape of an absolute http(s) URL (isHttpUrl() then checks what it points at). */
export const HTTP_URL_PATTERN = /^https?:\/\/[^\s]+$/i;

/**
 * How an address ends when it was copied with its sentence or cut short, after its scheme: a `)` no `(` in it
 * opens (its sentence's `.` or `,` maybe after it), or `…` (`...`); a fragment may end so. isHttpUrl()
 * refuses them, and the JSON Schema says the same (jsonSchema.ts).
 */
export const NOT_ITS_OWN_END = ["[^(#]*\\)[.,]?$", "[^#]*(?:…|\\.\\.\\.)$"] as const;

/**
 * A URL whose host is written in letters that are not ASCII, or percent-escaped (an IDN, or a look-alike of
 * another site): the validator says so (lookalikeHost), so the hot path leaves such a file to it. No `i` flag:
 * with it, \P{ASCII} matches "s" and "k" too, for their non-ASCII case forms (ſ, K).
 */
export const NON_ASCII_HOST = /^\w+:\/\/[^/?#]*(?:\P{ASCII}|%)/u;
