import { describe, expect, it } from "vitest";
import { findKey } from "../../src/model/findKey.ts";

describe("findKey()", () => {
  it("findKey() puts text in lower case, without accents, with quote marks as a keyboard types them", () => {
    expect(findKey("Pokémon")).toBe("pokemon");
    expect(findKey("Daredevil’s ‘return’")).toBe("daredevil's 'return'");
    expect(findKey("“Jessica” Jones")).toBe('"jessica" jones');
    expect(findKey("JÉSSICA")).toBe(findKey("jessica"));
    // Dashes and ellipses too, as plainTypography reads them.
    expect(findKey("2016–2017 …")).toBe("2016-2017 ...");
  });
});
