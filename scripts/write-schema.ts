// Writes public/data/timeline.schema.json from the zod schema, the one definition of the format.
import { writeFileSync } from "node:fs";
import { jsonSchema } from "../src/data/jsonSchema.ts";

const target = new URL("../public/data/timeline.schema.json", import.meta.url);
writeFileSync(target, jsonSchema());
console.log(`wrote ${target.pathname}`);
