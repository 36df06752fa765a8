import type * as z from "zod/mini";

/** The keys an object schema cannot do without: those whose field refuses `undefined`. */
export const requiredKeys = (schema: z.ZodMiniObject): string[] =>
  Object.entries(schema.shape)
    .filter(([, field]) => !(field as z.ZodMiniType).safeParse(undefined).success)
    .map(([key]) => key);
