import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DARK, LIGHT, SHOW_COLORS, type ChartPalette } from "../../src/model/chartPalette.ts";
import { prepareDataset } from "./prepareText.ts";
import { buildScene } from "../../src/scene/buildScene.ts";
import { chartFrame } from "../../src/scene/chartFrame.ts";
import { chartLayout } from "../../src/scene/chartLayout.ts";
import { LABEL_SIZE } from "../../src/scene/scene.ts";
import { readableColors } from "../../src/model/readableColors.ts";
import { morePalette } from "../../src/model/morePalette.ts";

/** WCAG 2.x relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `ink` drawn at `opacity` over `ground`, as the browser blends it. */
const blend = (ink: string, ground: string, opacity: number) =>
  `#${[1, 3, 5]
    .map((i) => {
      const a = parseInt(ink.slice(i, i + 2), 16);
      const b = parseInt(ground.slice(i, i + 2), 16);
      return Math.round(a * opacity + b * (1 - opacity))
        .toString(16)
        .padStart(2, "0");
    })
    .join("")}`;

const root = resolve(import.meta.dirname, "../..");
const css = readFileSync(resolve(root, "src/styles.css"), "utf8");
/** A rule's colour variables: the first rule of `selector` from `from` (an offset in styles.css). */
function cssVariables(selector: string, from = 0): Record<string, string> {
  const start = css.indexOf(`${selector} {`, from);
  const block = css.slice(start, css.indexOf("}", start));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})/g)].map((m) => [m[1], m[2]]));
}
const dataset = JSON.parse(readFileSync(resolve(root, "public/data/timeline.json"), "utf8")) as {
  shows: { id: string; color?: string }[];
};
const bundled = prepareDataset(readFileSync(resolve(root, "public/data/timeline.json"), "utf8"));

describe("contrast()", () => {
  it("matches WCAG's own figures", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });
});

describe.each<[string, ChartPalette]>([
  ["light", LIGHT],
  ["dark", DARK],
])("the %s chart palette", (_, palette) => {
  const grounds = [palette.background, palette.rowStripe];

  it("draws text at 4.5:1 or more on every row background", () => {
    for (const ground of grounds) {
      for (const ink of [palette.text, palette.muted, palette.latest])
        expect(contrast(ink, ground), ink).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("labels its marks at 11 px or more, at 4.5:1 or more on every row background, halo included", () => {
    const frame = chartFrame(1120);
    const { base, layout } = chartLayout(bundled.items, bundled.dataset.shows, frame, null);
    const scene = buildScene({
      layout,
      drawn: layout.placed,
      base,
      transform: { k: 1, x: 0 },
      frame,
      colors: new Map(),
      palette,
      latestReport: null,
    });
    const labels = scene.marks.flatMap((m) => (m.label ? [m.label] : []));
    expect(labels).toHaveLength(bundled.items.length);
    expect(LABEL_SIZE).toBeGreaterThanOrEqual(11);
    for (const label of labels) {
      expect(contrast(label.fill, label.halo)).toBeGreaterThanOrEqual(4.5);
      for (const ground of grounds) expect(contrast(label.fill, ground)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("draws marks, connectors and the focus ring at 3:1 or more", () => {
    const marks = [
      palette.connector,
      palette.focus,
      ...SHOW_COLORS,
      ...dataset.shows.map((s) => s.color ?? "#000000"),
    ];
    for (const ground of grounds) {
      for (const mark of marks)
        expect(contrast(mark, ground), `${mark} on ${ground}`).toBeGreaterThanOrEqual(3);
    }
  });
});

describe.each([
  ["light", ":root"],
  ["dark", ':root[data-theme="dark"]'],
])("the %s page colours", (_, selector) => {
  const v = cssVariables(selector);

  it("are all defined", () => {
    for (const name of [
      "bg",
      "fg",
      "muted",
      "panel",
      "link",
      "border-strong",
      "warn-bg",
      "warn-fg",
      "error-bg",
      "error-fg",
    ]) {
      expect(v[name], name).toMatch(/^#[0-9a-fA-F]{6}$/);
    }
  });

  it("give text 4.5:1 on the page, the panels, the warning and the error", () => {
    const pairs: [string, string][] = [
      ["fg", "bg"],
      ["muted", "bg"],
      ["link", "bg"],
      ["fg", "panel"],
      ["muted", "panel"],
      ["link", "panel"],
      ["warn-fg", "warn-bg"],
      ["error-fg", "error-bg"],
      ["bg", "fg"],
    ];
    for (const [ink, ground] of pairs)
      expect(contrast(v[ink]!, v[ground]!), `${ink} on ${ground}`).toBeGreaterThanOrEqual(4.5);
  });

  it("give the focus outline and control borders 3:1", () => {
    for (const ground of ["bg", "panel"]) {
      expect(contrast(v["link"]!, v[ground]!), `focus on ${ground}`).toBeGreaterThanOrEqual(3);
      expect(contrast(v["border-strong"]!, v[ground]!), `border on ${ground}`).toBeGreaterThanOrEqual(3);
    }
  });

  it("draw the scorecard's dots at 3:1 on the page, blended at their opacity", () => {
    for (const [rule, ink] of [
      [".dot-inside", "link"],
      [".dot-miss", "error-fg"],
    ] as const) {
      const start = css.indexOf(`${rule} {`);
      const opacity = Number(/fill-opacity:\s*([\d.]+)/.exec(css.slice(start, css.indexOf("}", start)))?.[1]);
      expect(opacity, rule).toBeGreaterThan(0);
      expect(contrast(blend(v[ink]!, v["bg"]!, opacity), v["bg"]!), rule).toBeGreaterThanOrEqual(3);
    }
  });

  it("match the chart palette's background", () => {
    expect(v["bg"]).toBe(selector === ":root" ? LIGHT.background : DARK.background);
  });
});

describe("readableColors()", () => {
  it.each<[string, ChartPalette]>([
    ["light", LIGHT],
    ["dark", DARK],
  ])(
    "gives a dataset's own colour 3:1 on the %s background, the nearest in tenths towards black or white",
    (_, palette) => {
      const own = new Map([
        ["pale", "#fafafa"],
        ["black", "#111111"],
        ["yellow", "#ffff00"],
        ["mid", "#808080"],
      ]);
      const shown = readableColors(own, palette.background);
      for (const [show, color] of shown) {
        expect(contrast(color, palette.background), `${show} ${color}`).toBeGreaterThanOrEqual(3);
        // Kept where it had 3:1 already.
        if (contrast(own.get(show)!, palette.background) >= 3) expect(color).toBe(own.get(show));
      }
      // #fafafa on white: darkened; #111111 on the dark theme: lightened.
      if (palette === LIGHT) expect(shown.get("pale")).not.toBe("#fafafa");
      else expect(shown.get("black")).not.toBe("#111111");
    },
  );

  it("gives back the very map when every colour is readable: the palette's own, on both grounds", () => {
    const palette = new Map(SHOW_COLORS.map((color, i) => [`show-${i}`, color]));
    expect(readableColors(palette, LIGHT.background)).toBe(palette);
    expect(readableColors(palette, DARK.background)).toBe(palette);
  });
});

describe("more contrast (prefers-contrast: more)", () => {
  it.each<[string, ChartPalette]>([
    ["light", LIGHT],
    ["dark", DARK],
  ])(
    "morePalette() draws each palette colour's faded span at 2:1 or more on the %s background (1.4:1 without), still apart from its solid bar",
    (_, palette) => {
      const more = morePalette(palette);
      for (const color of SHOW_COLORS) {
        const faded = (p: ChartPalette) => contrast(blend(color, p.background, p.faded), p.background);
        expect(faded(more), color).toBeGreaterThanOrEqual(2);
        expect(faded(palette), color).toBeLessThan(1.8);
        expect(contrast(blend(color, more.background, more.faded), color), color).toBeGreaterThan(1.2);
      }
      expect(more.grid).toBe(palette.gridMajor);
      expect(more.background).toBe(palette.background);
    },
  );

  it.each([
    ["light", ":root", LIGHT],
    ["dark", ':root[data-theme="dark"]', DARK],
  ])("gives the %s page's secondary text 7:1 and its borders 3:1", (_, selector, palette) => {
    const media = css.indexOf("@media (prefers-contrast: more)");
    expect(media).toBeGreaterThan(0);
    const v = { ...cssVariables(selector), ...cssVariables(selector, media) };
    const base = cssVariables(selector);
    expect(v["muted"]).not.toBe(base["muted"]);
    for (const ground of ["bg", "panel"]) {
      expect(contrast(v["muted"]!, v[ground]!), `muted on ${ground}`).toBeGreaterThanOrEqual(7);
      expect(contrast(v["border"]!, v[ground]!), `border on ${ground}`).toBeGreaterThanOrEqual(3);
      expect(contrast(v["border-strong"]!, v[ground]!), `strong on ${ground}`).toBeGreaterThanOrEqual(7);
    }
    expect(v["bg"]).toBe(palette.background);
  });
});
