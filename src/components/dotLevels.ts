/**
 * Each dot's level in a dot plot whose dots must keep `spacing` apart (their 24 px targets, WCAG 2.5.8: none
 * may overlap another): a dot sits on the lowest level where it is at least `spacing` from every dot there,
 * so dots at one value, or at values drawn closer than `spacing`, pile up, each at its own x. `xs` must be in
 * ascending order; then the last dot placed on a level is the only one a new dot can come near.
 */
export function dotLevels(xs: readonly number[], spacing: number): number[] {
  const lastOnLevel: number[] = [];
  return xs.map((x) => {
    let level = lastOnLevel.findIndex((last) => x - last >= spacing);
    if (level < 0) level = lastOnLevel.length;
    lastOnLevel[level] = x;
    return level;
  });
}
