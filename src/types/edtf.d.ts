// The `edtf` package ships no types; this declares the part of its API the project uses.
// Its `type` getter returns the class's name, which minification renames: test with instanceof instead.
declare module "edtf" {
  interface Bitmask {
    value: number;
  }
  class ExtBase {
    readonly min: number | null;
    readonly max: number | null;
    toEDTF(): string;
  }
  export class Date extends ExtBase {
    constructor(input: { values: number[]; approximate?: boolean; uncertain?: boolean });
    getUTCMonth(): number;
    getUTCDate(): number;
    readonly precision: 1 | 2 | 3;
    readonly year: number;
    readonly values: number[];
    readonly approximate: Bitmask;
    readonly uncertain: Bitmask;
    readonly unspecified: Bitmask;
  }
  export class Year extends ExtBase {
    readonly year: number;
  }
  export class Season extends ExtBase {
    readonly year: number;
    readonly season: number;
    readonly approximate: Bitmask;
    readonly uncertain: Bitmask;
  }
  export class Interval extends ExtBase {
    /** An endpoint, Infinity for an open end (`..`), null for an unknown one (empty). */
    readonly lower: Date | Season | Year | number | null;
    readonly upper: Date | Season | Year | number | null;
  }
  /** A member of a list or set: one date, or a consecutive range `2016..2018` as its two ends. */
  export type ListMember = Date | Year | Season | readonly [Date | Year | Season, Date | Year | Season];
  export class List extends ExtBase {
    readonly values: readonly ListMember[];
    readonly earlier: boolean;
    readonly later: boolean;
  }
  export class Set extends List {}
  export type Edtf = Date | Year | Season | Interval | List;
  /** What the grammar read, before any Date is built: values are numbers for a Date, children otherwise. */
  export interface ParseTree {
    readonly type: "Date" | "Year" | "Season" | "Interval" | "List" | "Set" | string;
    readonly values: readonly (number | ParseTree | readonly ParseTree[] | null)[];
    readonly unspecified?: number;
  }
  /** Throws on text outside the EDTF grammar. */
  export function parse(value: string): ParseTree;
  export default function edtf(value: string | ParseTree): Edtf;
}
