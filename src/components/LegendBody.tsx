import { useId, useSyncExternalStore, type ReactNode, type SVGProps } from "react";
import { EVENT_KINDS, MARK_KINDS, type Certainty } from "../data/vocabulary.ts";
import type { ChartPalette } from "../model/chartPalette.ts";
import { moreContrast, onMoreContrast, shownPalette } from "../chart/readableStyle.ts";
import { CERTAINTY_STROKE, markerPath } from "../scene/markStyle.ts";
import { ChartDefs } from "../chart/ChartDefs.tsx";
import { OVERLAY_PARTS, overlaySwatch, type OverlayPartKind } from "../scene/overlayParts.ts";
import type { PartStyle } from "../scene/scene.ts";

/** A plain overlay part's paint (no patterns or fades) as SVG attributes. */
function paint(s: PartStyle) {
  return {
    fill: s.fill,
    fillOpacity: s.fillOpacity,
    stroke: s.stroke,
    strokeWidth: s.strokeWidth,
    strokeDasharray: s.dash ?? undefined,
  };
}

/** The legend's entries: one swatch and sentence per mark the chart draws. */
export function LegendBody(props: { readonly palette: ChartPalette }) {
  const prefix = useId().replace(/[^a-zA-Z0-9-]/g, "");
  // As the chart draws it: with more contrast when the reader asks for it.
  const palette = shownPalette(props.palette, useSyncExternalStore(onMoreContrast, moreContrast));
  const color = palette.muted;
  // The swatches share one set of patterns and fades, defined once below.
  const swatch = (children: ReactNode) => (
    <svg width="64" height="20" viewBox="0 -10 64 20" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
  const bar = (props: SVGProps<SVGRectElement> = {}) => (
    <rect x={4} y={-7} width={56} height={14} fill={color} {...props} />
  );
  const outline = (certainty: Certainty) =>
    swatch(
      bar({
        fill: "none",
        stroke: palette.text,
        strokeWidth: CERTAINTY_STROKE[certainty].width,
        strokeDasharray: CERTAINTY_STROKE[certainty].dash,
      }),
    );
  // One entry per kind, drawn as the chart draws it: read from the kinds' registry.
  const kinds: [ReactNode, string][] = EVENT_KINDS.map((kind) => {
    const entry = MARK_KINDS[kind];
    return [
      swatch(
        entry.shape === "milestone" ? (
          <path d={markerPath(kind)} transform="translate(32,0)" fill={color} stroke={palette.text} />
        ) : (
          <>
            {bar()}
            {entry.stripe && <rect x={4} y={-1.5} width={56} height={3} fill={palette.background} />}
          </>
        ),
      ),
      entry.legend,
    ];
  });
  const entries: [ReactNode, string][] = [
    ...kinds,
    [
      swatch(bar({ fillOpacity: palette.faded })),
      "Faded: somewhere in this span (a month, a quarter, a range)",
    ],
    [
      swatch(
        <>
          {bar({ fillOpacity: palette.faded })}
          {bar({ fill: `url(#${prefix}-dots)` })}
        </>,
      ),
      "Dotted: approximate (~), “about”",
    ],
    [
      swatch(
        <>
          {bar({ fillOpacity: palette.faded })}
          {bar({ fill: `url(#${prefix}-hatch)` })}
        </>,
      ),
      "Hatched: uncertain (?), the source is unsure",
    ],
    [
      swatch(
        <path
          d={markerPath("release")}
          transform="translate(32,0)"
          fill={palette.background}
          stroke={color}
          strokeWidth={3}
        />,
      ),
      "Hollow marker: the day is not known",
    ],
    [
      swatch(
        <>
          <rect x={4} y={-7} width={50} height={14} fill={color} mask={`url(#${prefix}-fade-right)`} />
          <path d="M53,-7 L60,0 L53,7" fill="none" stroke={palette.muted} strokeWidth={2} />
        </>,
      ),
      "Fading into an arrow: open end, not reported",
    ],
    [outline("confirmed"), "Thick outline: confirmed"],
    [outline("reported"), "Thin outline: reported"],
    [outline("speculative"), "Dashed outline: speculative"],
    [
      swatch(
        <path
          d="M4,0 C20,0 44,0 58,0"
          stroke={palette.connector}
          strokeWidth={1.5}
          strokeDasharray="4 3"
          markerEnd={`url(#${prefix}-arrow)`}
        />,
      ),
      "Arrow: comes after (order reported)",
    ],
    [
      swatch(
        <path
          d="M4,0 C20,0 44,0 58,0"
          stroke={palette.connector}
          strokeWidth={2.5}
          markerEnd={`url(#${prefix}-arrow)`}
        />,
      ),
      "Thick arrow: back-to-back",
    ],
    [
      swatch(
        <line
          x1={32}
          x2={32}
          y1={-10}
          y2={10}
          stroke={palette.latest}
          strokeWidth={2}
          strokeDasharray="6 3"
        />,
      ),
      "Latest report: the newest article’s date",
    ],
    // Ghosts and "Reported vs actual": drawn from the overlay's registry, as the chart draws them.
    ...(Object.keys(OVERLAY_PARTS) as OverlayPartKind[]).map((kind): [ReactNode, string] => [
      swatch(
        overlaySwatch(kind, 4, 56, palette).map((part, i) =>
          part.type === "rect" ? (
            <rect key={i} x={part.x} y={part.y} width={part.width} height={part.height} {...paint(part)} />
          ) : (
            <path key={i} d={part.d} transform={`translate(${part.dx},0)`} {...paint(part)} />
          ),
        ),
      ),
      OVERLAY_PARTS[kind].legend,
    ]),
  ];
  return (
    <>
      <svg width="0" height="0" aria-hidden="true" focusable="false" className="visually-hidden">
        <ChartDefs palette={palette} prefix={prefix} />
      </svg>
      <ul>
        {entries.map(([mark, text]) => (
          <li key={text}>
            {mark} <span>{text}</span>
          </li>
        ))}
        <li>
          {/* The colon is for a screen reader, which hears the two as one phrase without it (the box shows it). */}
          <span className="legend-shelf">Date not announced</span>
          <span className="visually-hidden">:</span>{" "}
          <span>the shelf at the right: items with no date yet</span>
        </li>
      </ul>
    </>
  );
}
