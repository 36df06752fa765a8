/** WCAG 2.x relative luminance of a #rrggbb colour. */
const luminance = (hex: string) =>
  [0.2126, 0.7152, 0.0722].reduce((sum, weight, k) => {
    const c = parseInt(hex.slice(1 + 2 * k, 3 + 2 * k), 16) / 255;
    return sum + weight * (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  }, 0);

/**
 * Shows' colours as the chart draws them on `ground` (its background): a dataset's own colour with less than
 * 3:1 against it (#fafafa on white, #111111 on the dark theme's black: marks that could not be seen) is
 * taken towards black on a light ground, white on a dark one, a tenth at a time, until it has 3:1. The
 * palette's own colours have it on both grounds already, and are kept as they are. Loaded after the first draw
 * (readableStyle): its bytes are not the first draw's.
 */
export function readableColors(
  colors: ReadonlyMap<string, string>,
  ground: string,
): ReadonlyMap<string, string> {
  const under = luminance(ground);
  const to = under > 0.18 ? 0 : 255;
  let changed = false;
  const shown = new Map(
    [...colors].map(([show, color]) => {
      let shown = color;
      for (let tenth = 1; tenth <= 10; tenth++) {
        const over = luminance(shown);
        if ((Math.max(over, under) + 0.05) / (Math.min(over, under) + 0.05) >= 3) break;
        // Each channel a tenth more of the way: "#fafafa" is matched as fa, fa, fa.
        shown = color.replace(/\w\w/g, (hex) => {
          const v = parseInt(hex, 16);
          return Math.round(v + ((to - v) * tenth) / 10)
            .toString(16)
            .padStart(2, "0");
        });
      }
      changed ||= shown !== color;
      return [show, shown];
    }),
  );
  // The very map when every colour is readable (the palette's own always are): nothing drawn again.
  return changed ? shown : colors;
}
