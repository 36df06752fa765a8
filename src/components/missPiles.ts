/** A pile of dots on the miss chart: one miss, or misses drawn too close to keep apart, at one x. */
export interface MissPile {
  /** The pile's centre, whole px: its misses' place, or beside it where it would crowd a neighbour. */
  readonly x: number;
  /** Its least and greatest miss, days: equal unless misses drawn too close to keep apart share it. */
  readonly from: number;
  readonly to: number;
  /** Indices into the misses given of the dots drawn, from the axis up: in order of miss, then as given. */
  readonly drawn: readonly number[];
  /** Indices of the dots not drawn, which the pile's "+n" counts, in order of miss. */
  readonly counted: readonly number[];
  /** Whether it stands away from its misses' own place (outside the span of their x). */
  readonly moved: boolean;
}

/** How the piles are laid out: the axis's px, and how far apart and how high dots go. */
export interface PileRoom {
  /** A miss's place on the axis, px. */
  readonly x: (miss: number) => number;
  /** The least and greatest x a pile's centre may take. */
  readonly left: number;
  readonly right: number;
  /** The least distance between two piles' centres, px (a dot's target is this wide). */
  readonly spacing: number;
  /** Dots drawn up a pile at most; the rest are counted. */
  readonly stackDrawn: number;
}

/** Predictions at one miss, as given. */
interface Group {
  readonly miss: number;
  readonly indices: number[];
  /** Distance from 0's place, px, whole. */
  readonly d: number;
}

/**
 * The miss chart's piles, left to right: a pile per distinct miss; piles drawn closer than `spacing` pushed
 * apart, in order, away from 0 where the side has room, and merged (nearest first) only where it has none.
 * 0 (inside the window) is always a pile of its own, and early and late never share one: each side keeps a
 * `spacing` clear of 0's place. A pile cut at `stackDrawn` draws a dot of each of its misses first, the rest
 * shared as seats are (D'Hondt), so no miss hides behind duplicates of another. Pure: numbers in, numbers out.
 */
export function missPiles(misses: readonly number[], room: PileRoom): MissPile[] {
  const x0 = Math.round(room.x(0));
  const byMiss = new Map<number, number[]>();
  misses.forEach((miss, i) => {
    const at = byMiss.get(miss);
    if (at) at.push(i);
    else byMiss.set(miss, [i]);
  });
  const groups = [...byMiss]
    .sort(([a], [b]) => a - b)
    .map(([miss, indices]) => ({ miss, indices, d: Math.abs(Math.round(room.x(miss)) - x0) }));
  const zero = groups.filter((g) => g.miss === 0);
  // Without a 0 pile, the sides need only keep clear of each other: half a spacing each.
  const near = zero.length > 0 ? room.spacing : room.spacing / 2;
  const early = side(
    groups.filter((g) => g.miss < 0).reverse(),
    Math.ceil(near),
    x0 - Math.ceil(room.left),
    room,
  );
  const late = side(
    groups.filter((g) => g.miss > 0),
    Math.ceil(near),
    Math.floor(room.right) - x0,
    room,
  );
  return [
    ...early.reverse().map(({ members, d }) => pile(members.slice().reverse(), x0 - d, room)),
    ...zero.map((g) => pile([g], x0, room)),
    ...late.map(({ members, d }) => pile(members, x0 + d, room)),
  ];
}

/**
 * One side's piles, nearest 0 first, each at a distance from 0 in [lo, hi], `spacing` apart: merged nearest
 * first while there are more than fit, then each at its place or pushed outward, and back in from the end.
 */
function side(groups: readonly Group[], lo: number, hi: number, room: PileRoom) {
  const fit = hi >= lo ? Math.floor((hi - lo) / room.spacing) + 1 : 1;
  let clusters = groups.map((g) => ({ members: [g], d: g.d }));
  while (clusters.length > fit) {
    let at = 0;
    for (let i = 1; i + 1 < clusters.length; i++) {
      const gap = (c: number) => (clusters[c + 1]?.d ?? 0) - (clusters[c]?.d ?? 0);
      if (gap(i) < gap(at)) at = i;
    }
    const [a, b] = [clusters[at], clusters[at + 1]];
    if (!a || !b) break;
    const members = [...a.members, ...b.members];
    // A merged pile stands midway between its nearest and furthest misses' places.
    const d = ((members[0]?.d ?? 0) + (members.at(-1)?.d ?? 0)) / 2;
    clusters = [...clusters.slice(0, at), { members, d }, ...clusters.slice(at + 2)];
  }
  const placed: number[] = [];
  clusters.forEach((c, i) => {
    placed.push(Math.max(Math.round(c.d), lo, (placed[i - 1] ?? -Infinity) + room.spacing));
  });
  for (let i = placed.length - 1; i >= 0; i--) {
    placed[i] = Math.min(placed[i] ?? 0, hi, (placed[i + 1] ?? Infinity) - room.spacing);
  }
  return clusters.map((c, i) => ({ members: c.members, d: placed[i] ?? lo }));
}

/** A pile of `groups` (in order of miss) at `x`: which of its dots are drawn, and which counted. */
function pile(groups: readonly Group[], x: number, room: PileRoom): MissPile {
  const total = groups.reduce((n, g) => n + g.indices.length, 0);
  const seats = Math.min(room.stackDrawn, total);
  const given = groups.map(() => 0);
  if (groups.length >= seats) {
    // More misses than seats: a dot of each of `seats` misses spread over the pile, both ends kept.
    for (let k = 0; k < seats; k++) {
      const g = seats === 1 ? 0 : Math.round((k * (groups.length - 1)) / (seats - 1));
      given[g] = 1;
    }
  } else {
    given.fill(1);
    for (let seat = groups.length; seat < seats; seat++) {
      // The next dot goes to the miss with the most predictions per dot it would have (ties: the least miss).
      const quotient = (j: number) => (groups[j]?.indices.length ?? 0) / ((given[j] ?? 0) + 1);
      let best = 0;
      for (let i = 1; i < groups.length; i++) if (quotient(i) > quotient(best)) best = i;
      given[best] = (given[best] ?? 0) + 1;
    }
  }
  const drawn: number[] = [];
  const counted: number[] = [];
  groups.forEach((g, i) => {
    drawn.push(...g.indices.slice(0, given[i]));
    counted.push(...g.indices.slice(given[i]));
  });
  const first = groups[0];
  const last = groups.at(-1);
  const ends = [first, last].map((g) => Math.round(room.x(g?.miss ?? 0)));
  return {
    x,
    from: first?.miss ?? 0,
    to: last?.miss ?? 0,
    drawn,
    counted,
    moved: x < Math.min(...ends) || x > Math.max(...ends),
  };
}
