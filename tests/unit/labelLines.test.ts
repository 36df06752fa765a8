import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelLines } from "../../src/components/labelLines.ts";
import { textWidth } from "../../src/scene/textWidth.ts";

const room = { left: 0, right: 640, size: 12, gap: 4 };

describe("labelLines()", () => {
  it("sets two piles' counts 24 px apart on two lines: they never overlap", () => {
    expect(textWidth("+223", 12)).toBeGreaterThan(24);
    const lined = labelLines(
      [
        { x: 296, text: "+37" },
        { x: 320, text: "+223" },
        { x: 344, text: "+5" },
      ],
      room,
    );
    expect(lined.map((l) => l.line)).toEqual([0, 1, 0]);
  });

  it("keeps counts far apart on the lowest line", () => {
    expect(
      labelLines(
        [
          { x: 100, text: "+9" },
          { x: 300, text: "+1,000" },
        ],
        room,
      ).map((l) => l.line),
    ).toEqual([0, 0]);
  });

  it("moves a count at the edge in, whole inside the chart", () => {
    const [edge] = labelLines([{ x: 2, text: "+490" }], room);
    expect(edge!.x - edge!.width / 2).toBeGreaterThanOrEqual(0);
  });

  it("never overlaps two labels of a line, however close (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 640 }), fc.nat({ max: 100_000 })), { maxLength: 40 }),
        (raw) => {
          const labels = raw
            .sort(([a], [b]) => a - b)
            .map(([x, n]) => ({ x, text: `+${n.toLocaleString("en")}` }));
          const lined = labelLines(labels, room);
          for (const [i, a] of lined.entries()) {
            expect(a.x - a.width / 2).toBeGreaterThanOrEqual(-0.05);
            expect(a.x + a.width / 2).toBeLessThanOrEqual(640.05);
            for (const b of lined.slice(i + 1))
              if (a.line === b.line)
                expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual((a.width + b.width) / 2);
          }
        },
      ),
    );
  });
});
