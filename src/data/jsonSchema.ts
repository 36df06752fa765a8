import * as z from "zod/mini";
import { datasetSchema } from "./schema.ts";

/** The JSON Schema editors use to check datasets as people type; generated from the zod schema. */
export function jsonSchema(): string {
  const schema = z.toJSONSchema(datasetSchema, { target: "draft-2020-12" });
  const document = {
    ...schema,
    $id: "timeline.schema.json",
    title: "Marvel × Netflix timeline dataset",
    description: "Generated from src/data/schema.ts by `npm run schema`; see docs/data-format.md.",
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
