import type { ChartPalette } from "../model/chartPalette.ts";

/** Patterns and masks the marks refer to: dots for `~`, hatching for `?`, fades for open ends. */
export function ChartDefs({ palette, prefix }: { readonly palette: ChartPalette; readonly prefix: string }) {
  return (
    <defs>
      <pattern id={`${prefix}-dots`} width="5" height="5" patternUnits="userSpaceOnUse">
        <circle cx="2.5" cy="2.5" r="1.1" fill={palette.text} />
      </pattern>
      <pattern
        id={`${prefix}-hatch`}
        width="6"
        height="6"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <line x1="0" y1="0" x2="0" y2="6" stroke={palette.text} strokeWidth="1.6" />
      </pattern>
      <linearGradient id={`${prefix}-fade-right-gradient`}>
        <stop offset="0" stopColor="#fff" />
        <stop offset="1" stopColor="#fff" stopOpacity="0.05" />
      </linearGradient>
      <linearGradient id={`${prefix}-fade-left-gradient`}>
        <stop offset="0" stopColor="#fff" stopOpacity="0.05" />
        <stop offset="1" stopColor="#fff" />
      </linearGradient>
      <mask id={`${prefix}-fade-right`} maskContentUnits="objectBoundingBox">
        <rect width="1" height="1" fill={`url(#${prefix}-fade-right-gradient)`} />
      </mask>
      <mask id={`${prefix}-fade-left`} maskContentUnits="objectBoundingBox">
        <rect width="1" height="1" fill={`url(#${prefix}-fade-left-gradient)`} />
      </mask>
      <marker
        id={`${prefix}-arrow`}
        viewBox="0 0 10 10"
        refX="9"
        refY="5"
        markerWidth="7"
        markerHeight="7"
        orient="auto-start-reverse"
      >
        <path d="M0,0 L10,5 L0,10 z" fill={palette.connector} />
      </marker>
    </defs>
  );
}
