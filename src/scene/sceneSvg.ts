import { EVENT_KINDS, MARK_KINDS } from "../data/vocabulary.ts";
import { TICK_LABEL_GAP } from "../layout/axisTicks.ts";
import type { ChartPalette } from "../model/chartPalette.ts";
import { BAR_HEIGHT, markerPath } from "./markStyle.ts";
import { OVERLAY_PARTS, overlaySwatch, type OverlayPartKind } from "./overlayParts.ts";
import {
  LABEL_SIZE,
  type PartStyle,
  type Scene,
  type SceneMark,
  type ScenePart,
  type SceneRow,
  type SceneText,
} from "./scene.ts";
import { BOLD, textWidth } from "./textWidth.ts";
import { stickyTitleY } from "./stickyTitleY.ts";
import { cutToWidth } from "./cutToWidth.ts";
import { wrapToWidth } from "./wrapToWidth.ts";

/** Numbers as SVG text: one decimal, so that snapshots read and diff well. */
const n = (value: number) => String(Math.round(value * 10) / 10);

/** Text as SVG character data: the scene's texts come from datasets, and never become markup. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[ch] ?? ch,
  );
}

/** A paint: a colour, "none", or one of the patterns the defs hold. */
export function paint(value: string, prefix: string): string {
  return value.startsWith("pattern:") ? `url(#${prefix}-${value.slice(8)})` : value;
}

function style(s: PartStyle, prefix: string): string {
  let out = ` fill="${paint(s.fill, prefix)}"`;
  if (s.fillOpacity !== 1) out += ` fill-opacity="${s.fillOpacity}"`;
  if (s.stroke !== "none") out += ` stroke="${s.stroke}" stroke-width="${s.strokeWidth}"`;
  if (s.dash) out += ` stroke-dasharray="${s.dash}"`;
  if (s.fade) out += ` mask="url(#${prefix}-fade-${s.fade})"`;
  return out;
}

export function partSvg(p: ScenePart, prefix: string): string {
  return p.type === "rect"
    ? `<rect x="${n(p.x)}" y="${n(p.y)}" width="${n(p.width)}" height="${n(p.height)}"${style(p, prefix)}/>`
    : `<path d="${p.d}"${p.dx ? ` transform="translate(${n(p.dx)},0)"` : ""}${style(p, prefix)}/>`;
}

function text(t: SceneText): string {
  const anchor = t.anchor === "end" ? ` text-anchor="end"` : "";
  const weight = t.weight === 700 ? ` font-weight="700"` : "";
  return `<text x="${n(t.x)}" y="${n(t.y)}" fill="${t.fill}" font-size="${t.size}"${weight}${anchor}>${escapeXml(t.text)}</text>`;
}

/**
 * A row's title where it stands with the rows scrolled to `top`, cut short as the page cuts it (styles.css,
 * .row-title-face: at most 24rem, or 80% of the chart's `width`). A stuck one is drawn on its face's fill.
 */
function titleSvg(r: SceneRow, top: number, width: number, stuck: boolean): string {
  const size = r.title.size;
  const words = `■ ${cutToWidth(r.title.text, size * BOLD, Math.min(384, 0.8 * width) - 2 * size)}`;
  const y = stickyTitleY(r, top);
  const line = text({ ...r.title, y, text: words }).replace("■ ", `<tspan fill="${r.swatch}">■ </tspan>`);
  // The face's box on the page: from the row's top as stuck, padded above (to the baseline), 1.2 lines
  // tall, 2 px below, and 6 px right of the words.
  const face = `<rect x="0" y="${n(y - (r.title.y - r.y))}" width="${n(r.title.x + textWidth(words, size * BOLD) + 6)}" height="${n(r.title.y - r.y - size + 1.2 * size + 2)}" fill="${r.fill}"/>`;
  return stuck ? face + line : line;
}

/** A label's baseline below its mark's centre line, px: centres 11 px text on the mark. */
export const LABEL_BASELINE = 4;

function markSvg(m: SceneMark, prefix: string): string {
  const label = m.label
    ? `<text class="mark-label" x="${n(m.label.x)}" y="${LABEL_BASELINE}" fill="${m.label.fill}" font-size="${LABEL_SIZE}" stroke="${m.label.halo}" stroke-width="3" paint-order="stroke" stroke-linejoin="round">${escapeXml(m.label.text)}</text>`
    : "";
  return `<g data-event-id="${escapeXml(m.id)}" transform="translate(0,${n(m.y)})">${m.parts.map((p) => partSvg(p, prefix)).join("")}${label}</g>`;
}

/**
 * The patterns, fades and arrowhead the parts refer to, as SVG text (ChartDefs is the React twin), and the
 * plot's clip: it cuts the sides only, so it reaches from 10,000 px above the rows to their foot (10,000 px
 * down at least), however many rows there are.
 */
export function defsSvg(
  palette: ChartPalette,
  prefix: string,
  plotWidth: number,
  rowsHeight: number,
): string {
  const clipHeight = Math.max(20_000, rowsHeight + 10_000);
  return [
    `<defs>`,
    `<pattern id="${prefix}-dots" width="5" height="5" patternUnits="userSpaceOnUse"><circle cx="2.5" cy="2.5" r="1.1" fill="${palette.text}"/></pattern>`,
    `<pattern id="${prefix}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="${palette.text}" stroke-width="1.6"/></pattern>`,
    `<linearGradient id="${prefix}-fade-right-gradient"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#fff" stop-opacity="0.05"/></linearGradient>`,
    `<linearGradient id="${prefix}-fade-left-gradient"><stop offset="0" stop-color="#fff" stop-opacity="0.05"/><stop offset="1" stop-color="#fff"/></linearGradient>`,
    `<mask id="${prefix}-fade-right" maskContentUnits="objectBoundingBox"><rect width="1" height="1" fill="url(#${prefix}-fade-right-gradient)"/></mask>`,
    `<mask id="${prefix}-fade-left" maskContentUnits="objectBoundingBox"><rect width="1" height="1" fill="url(#${prefix}-fade-left-gradient)"/></mask>`,
    `<marker id="${prefix}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${palette.connector}"/></marker>`,
    `<clipPath id="${prefix}-plot"><rect x="0" y="-10000" width="${n(plotWidth)}" height="${n(clipHeight)}"/></clipPath>`,
    `</defs>`,
  ].join("\n");
}

const LEGEND_LINE = 28;
/** A wrapped legend entry's next line, px below the last. */
const WRAPPED_LINE = 14;

/** The legend as drawn under an exported chart: one swatch and name per kind, read from the registry. */
function legendSvg(
  palette: ChartPalette,
  width: number,
  y: number,
  overlay: readonly OverlayPartKind[],
  prefix: string,
): { svg: string; height: number } {
  let x = 8;
  let line = 0;
  const entries = EVENT_KINDS.map((kind) => {
    const entry = MARK_KINDS[kind];
    if (x > 8 && x + 26 + textWidth(entry.label, 12) > width) {
      x = 8;
      line += 1;
    }
    const dy = line * LEGEND_LINE;
    const swatch =
      entry.shape === "milestone"
        ? `<path d="${markerPath(kind)}" transform="translate(${n(x + 10)},0)" fill="${palette.muted}" stroke="${palette.text}"/>`
        : `<rect x="${n(x)}" y="${-BAR_HEIGHT / 2}" width="20" height="${BAR_HEIGHT}" fill="${palette.muted}"/>` +
          (entry.stripe
            ? `<rect x="${n(x)}" y="-1.5" width="20" height="3" fill="${palette.background}"/>`
            : "");
    const label = `<text x="${n(x + 26)}" y="4" fill="${palette.text}" font-size="12">${escapeXml(entry.label)}</text>`;
    x += 26 + textWidth(entry.label, 12) + 18;
    return `<g transform="translate(0,${dy})">${swatch}${label}</g>`;
  });
  // The overlay's parts, when the scene draws them: each on a line of its own, as the registry says it.
  for (const kind of overlay) {
    line += 1;
    const swatch = overlaySwatch(kind, 8, 28, palette)
      .map((p) => partSvg(p, prefix))
      .join("");
    // Wrapped on a narrow chart (a phone's), each line under the last, rather than cut at the edge.
    const lines = wrapToWidth(OVERLAY_PARTS[kind].legend, 12, width - 52);
    const label = lines
      .map(
        (words, i) =>
          `<text x="44" y="${4 + i * WRAPPED_LINE}" fill="${palette.text}" font-size="12">${escapeXml(words)}</text>`,
      )
      .join("");
    entries.push(`<g transform="translate(0,${line * LEGEND_LINE})">${swatch}${label}</g>`);
    line += ((lines.length - 1) * WRAPPED_LINE) / LEGEND_LINE;
  }
  return {
    svg: `<g class="legend" transform="translate(0,${n(y + LEGEND_LINE / 2)})">${entries.join("")}</g>`,
    height: (line + 1) * LEGEND_LINE,
  };
}

export interface SvgOptions {
  /** The rows band to show, px from the top of the rows (what the reader has scrolled to). */
  readonly top?: number;
  readonly height?: number;
  /** Ids in the SVG are prefixed with this. */
  readonly prefix?: string;
  /** The palette, for the defs and the legend. */
  readonly palette: ChartPalette;
}

/**
 * The band of rows a picture of the scene shows (SvgOptions' `top` and `height`, cut at the rows' end), and
 * the rows in it: the others are cut by its viewBox.
 */
export function pictureRows(
  scene: Scene,
  options: Pick<SvgOptions, "top" | "height">,
): { readonly band: number; readonly rows: readonly SceneRow[] } {
  const top = options.top ?? 0;
  const band = Math.min(options.height ?? scene.height, scene.height - top);
  return { band, rows: scene.rows.filter((r) => r.y < top + band && r.y + r.height > top) };
}

/**
 * A standalone SVG of a scene: the axis, the rows band in view, the plot (cut to its width), the shelf, and
 * a legend of the kinds. Export saves it as is; the scene snapshot tests read it.
 */
export function sceneSvg(scene: Scene, options: SvgOptions): string {
  const { palette, prefix = "chart" } = options;
  const top = options.top ?? 0;
  // Only the rows in the band: the others are cut by its viewBox, and yet a PNG's rasterizing laid out
  // their words (400 rows' titles and season labels at 20k events).
  const { band, rows } = pictureRows(scene, options);
  const legend = legendSvg(palette, scene.width, scene.axisHeight + band, scene.overlayLegend, prefix);
  const total = scene.axisHeight + band + legend.height;
  const plotX = scene.labelWidth;
  const shelfX = scene.labelWidth + scene.plotWidth;
  const h = scene.axisHeight;
  const stuck = (r: SceneRow) => stickyTitleY(r, top) !== r.title.y;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(scene.width)}" height="${n(total)}" viewBox="0 0 ${n(scene.width)} ${n(total)}" font-family="system-ui, sans-serif">`,
    defsSvg(palette, prefix, scene.plotWidth, scene.height),
    `<rect width="${n(scene.width)}" height="${n(total)}" fill="${scene.background}"/>`,
    // The axis.
    `<g class="axis" transform="translate(${n(plotX)},0)">`,
    ...scene.ticks.flatMap((t) => [
      `<line x1="${n(t.x)}" x2="${n(t.x)}" y1="${h - 8}" y2="${h}" stroke="${t.stroke}"/>`,
      // A tick drawn unnamed (its label would run into the one before) has no text.
      t.label === ""
        ? ""
        : text({
            text: t.label,
            x: t.anchor === "start" ? t.x + TICK_LABEL_GAP : t.x - TICK_LABEL_GAP,
            y: h - 14,
            fill: t.labelFill,
            size: 12,
            weight: t.major ? 700 : 400,
            anchor: t.anchor,
          }),
    ]),
    scene.latest ? text(scene.latest.label) : "",
    `</g>`,
    // The shelf's heading, on two lines as the page shows it.
    ...["Date not", "announced"].map((words, i) =>
      text({
        text: words,
        x: shelfX + 12,
        y: 18 + 14 * i,
        fill: palette.text,
        size: 11,
        weight: 700,
        anchor: "start",
      }),
    ),
    // The rows band, cut to what is in view.
    `<svg y="${h}" width="${n(scene.width)}" height="${n(band)}" viewBox="0 ${n(top)} ${n(scene.width)} ${n(band)}">`,
    ...rows.map(
      (r) => `<rect x="0" y="${n(r.y)}" width="${n(scene.width)}" height="${n(r.height)}" fill="${r.fill}"/>`,
    ),
    `<line x1="${n(shelfX + 4)}" x2="${n(shelfX + 4)}" y1="0" y2="${n(scene.height)}" stroke="${palette.gridMajor}" stroke-dasharray="2 3"/>`,
    ...rows.flatMap((r) => r.seasons.map(text)),
    `<g class="plot" transform="translate(${n(plotX)},0)" clip-path="url(#${prefix}-plot)">`,
    ...scene.ticks.map(
      (t) => `<line x1="${n(t.x)}" x2="${n(t.x)}" y1="0" y2="${n(scene.height)}" stroke="${t.stroke}"/>`,
    ),
    scene.latest
      ? `<line x1="${n(scene.latest.x)}" x2="${n(scene.latest.x)}" y1="0" y2="${n(scene.height)}" stroke="${scene.latest.stroke}" stroke-width="2" stroke-dasharray="6 3"/>`
      : "",
    ...scene.connectors.map(
      (c) =>
        `<path d="${c.d}" fill="none" stroke="${c.stroke}" stroke-width="${c.type === "back-to-back" ? 2.5 : 1.5}"${c.type === "back-to-back" ? "" : ` stroke-dasharray="4 3"`} marker-end="url(#${prefix}-arrow)"/>`,
    ),
    ...scene.marks.filter((m) => m.placement.at === "plot").map((m) => markSvg(m, prefix)),
    `</g>`,
    `<g class="shelf" transform="translate(${n(shelfX)},0)">`,
    ...scene.marks.filter((m) => m.placement.at === "shelf").map((m) => markSvg(m, prefix)),
    `</g>`,
    // The titles lie over the marks, as on the page (styles.css, .row-title): one stuck at the band's top
    // over the marks that scrolled under it, on its row's fill; one at its row's top over a connector or a
    // label that crosses it.
    ...rows.map((r) => titleSvg(r, top, scene.width, stuck(r))),
    `</svg>`,
    legend.svg,
    `</svg>`,
  ];
  return out.filter((line) => line !== "").join("\n");
}
