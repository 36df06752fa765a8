import { describe, expect, it } from "vitest";
import { disabledFeatures } from "../../scripts/bench/disabledFeatures.mjs";

const POPUPS = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup"];

describe("the bench's disabledFeatures()", () => {
  it("adds the bench's features to the list Playwright turns off, rather than replacing it", () => {
    const argv = ["/usr/bin/chromium", "--disable-features=PaintHolding,MediaRouter", "--headless"];
    expect(disabledFeatures(argv, POPUPS)).toEqual({
      theirs: "--disable-features=PaintHolding,MediaRouter",
      merged: "--disable-features=PaintHolding,MediaRouter,WebUIOmniboxPopup,WebUIOmniboxAimPopup",
    });
  });

  it("reads the last switch, the one Chromium keeps, and names no feature twice", () => {
    const argv = ["--disable-features=A", "--disable-features=B,WebUIOmniboxPopup"];
    expect(disabledFeatures(argv, POPUPS)).toEqual({
      theirs: "--disable-features=B,WebUIOmniboxPopup",
      merged: "--disable-features=B,WebUIOmniboxPopup,WebUIOmniboxAimPopup",
    });
  });

  it("turns off only the bench's features on a command line that turns off none", () => {
    expect(disabledFeatures(["--headless"], POPUPS)).toEqual({
      theirs: null,
      merged: "--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup",
    });
  });
});
