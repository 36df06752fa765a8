import type { RelationType } from "../data/schema.ts";

export interface Anchor {
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
}

export interface Connector {
  readonly key: string;
  readonly type: RelationType;
  /** An SVG path from the earlier item to the later one. */
  readonly d: string;
}

/**
 * Relations as paths between drawn items: `A after B` and `A back-to-back B` run from B's end to A's
 * start, `A before B` from A's end to B's start. Relations to items not drawn are skipped.
 */
export function connectors(
  relations: readonly { readonly from: string; readonly to: string; readonly type: RelationType }[],
  anchors: ReadonlyMap<string, Anchor>,
): Connector[] {
  return relations.flatMap(({ from, to, type }) => {
    const self = anchors.get(from);
    const other = anchors.get(to);
    if (!self || !other) return [];
    const [first, second] = type === "before" ? [self, other] : [other, self];
    const x0 = first.x1;
    const x1 = second.x0;
    const bend = Math.max(12, Math.abs(x1 - x0) / 2);
    const d = `M${x0},${first.y} C${x0 + bend},${first.y} ${x1 - bend},${second.y} ${x1},${second.y}`;
    return [{ key: `${from}:${type}:${to}`, type, d }];
  });
}
