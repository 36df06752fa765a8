import { scaleUtc } from "d3-scale";
import * as d3 from "d3-interpolate";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  interpolate,
  interpolateNumber,
  interpolateRound,
  piecewise,
} from "../../src/dates/numberInterpolate.ts";

// The production build gives d3-scale these instead of d3-interpolate's (vite.config.ts).
const finite = fc.double({ min: -1e7, max: 1e7, noNaN: true });
const t = fc.double({ min: -1, max: 2, noNaN: true });

describe("numberInterpolate: d3-scale's interpolators, numbers only", () => {
  it("interpolates numbers exactly as d3-interpolate does, rounded or not", () => {
    fc.assert(
      fc.property(finite, finite, t, (a, b, at) => {
        expect(interpolateNumber(a, b)(at)).toBe(d3.interpolateNumber(a, b)(at));
        expect(interpolate(a, b)(at)).toBe(d3.interpolate(a, b)(at));
        expect(interpolateRound(a, b)(at)).toBe(d3.interpolateRound(a, b)(at));
      }),
    );
  });

  it("puts a day on the same pixel as d3's own UTC scale does", () => {
    const from = Date.UTC(2010, 0, 1);
    const to = Date.UTC(2024, 11, 31);
    const day = fc.integer({ min: from - 1e11, max: to + 1e11 }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 100_000 }), (date, width) => {
        const ours = scaleUtc().domain([from, to]).range([0, width]).interpolate(interpolate);
        const d3s = scaleUtc().domain([from, to]).range([0, width]);
        expect(ours(date)).toBe(d3s(date));
        const oursRound = scaleUtc().domain([from, to]).range([0, width]).interpolate(interpolateRound);
        expect(oursRound(date)).toBe(d3s.copy().rangeRound([0, width])(date));
      }),
    );
  });

  it("refuses colours, strings and piecewise ranges instead of drawing them wrong", () => {
    expect(() => interpolate("red", "blue")).toThrow(/numbers only, not red to blue/);
    expect(() => interpolate(new Date(0), new Date(1))).toThrow(TypeError);
    expect(() => piecewise()).toThrow(/numbers only, not piecewise ranges/);
  });
});
