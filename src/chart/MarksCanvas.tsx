import type { ScaleTime } from "d3-scale";
import { useLayoutEffect, useRef, type RefObject } from "react";
import type { XTransform } from "../dates/zoomWindow.ts";
import { canvasBand } from "../layout/canvasBand.ts";
import { canvasStretch } from "../layout/canvasStretch.ts";
import { BUCKETS_PER_PX, inView, isDense, laneDensity } from "../layout/laneDensity.ts";
import type { PlacedItem } from "../layout/rowLayout.ts";
import type { LaneIndex } from "../layout/visibleItems.ts";
import type { ChartPalette } from "../model/chartPalette.ts";
import { plotX } from "../scene/plotX.ts";
import { sceneMarks } from "../scene/sceneMarks.ts";
import { LANE_HEIGHT, type ChartFrame } from "../scene/chartFrame.ts";
import { labelMarks } from "../scene/labelMarks.ts";
import { BAR_HEIGHT } from "../scene/markStyle.ts";
import type { SceneOverlay } from "../scene/overlayParts.ts";
import { canvasPaints, paintDensity, paintLabels, paintMarks, type CanvasPaints } from "./paintMarks.ts";
import { markFirstDraw } from "./firstDraw.ts";
import type { TransformStore } from "./transformStore.ts";

/** Marks just beside the view still reach into it (a glyph, an arrow): painted too, px. */
const SIDE = 24;

/** Both canvases: pictures over the rows, moved by their transform from the top left. */
const PICTURE = {
  position: "absolute",
  left: 0,
  top: 0,
  pointerEvents: "none",
  transformOrigin: "0 0",
} as const;

interface MarksCanvasProps {
  readonly store: TransformStore;
  readonly index: LaneIndex;
  readonly base: ScaleTime<number, number>;
  readonly frame: ChartFrame;
  readonly colors: ReadonlyMap<string, string>;
  readonly palette: ChartPalette;
  readonly overlay: SceneOverlay | undefined;
  /** The element the rows scroll in. */
  readonly scroller: RefObject<HTMLDivElement | null>;
  /** The rows' full height, px. */
  readonly height: number;
}

/**
 * The plotted marks of a large chart, painted on a canvas over the band of rows in view, and their labels on
 * one over it: at every zoom frame and scroll it repaints what is in view from the lane index, with no React
 * work. A lane with more marks in view than pixels is painted as a density band. The canvases are only a
 * picture (aria-hidden, no pointer events): the items' focusable, named elements (ChartItem, unpainted)
 * take focus and the pointer.
 */
export function MarksCanvas(props: MarksCanvasProps) {
  const { store, scroller } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  const wordsRef = useRef<HTMLCanvasElement>(null);
  const latest = useRef(props);
  const repaint = useRef<() => void>(() => {});

  useLayoutEffect(() => {
    const canvas = ref.current;
    const words = wordsRef.current;
    const body = scroller.current;
    const ctx = canvas?.getContext("2d") ?? null;
    const wordsCtx = words?.getContext("2d") ?? null;
    if (!canvas || !words || !body || !ctx || !wordsCtx) return;
    let paints: { readonly palette: ChartPalette; readonly paints: CanvasPaints } | null = null;
    let frameId = 0;
    // The rows' scroll and height, read when they change (on scroll, on resize), never in a zoom frame:
    // read there, after the frame's writes (the axis's ticks), they would force a layout each frame.
    let scrollTop = body.scrollTop;
    let clientHeight = body.clientHeight;
    // What the marks' canvas shows, painted for `t` over the rows from `top`, which a gesture's frame may
    // stretch rather than repaint; and whether the labels' canvas shows their labels for the same view.
    let painted: { readonly t: XTransform; readonly top: number } | null = null;
    let labelled = false;
    const paint = (force: boolean) => {
      frameId = 0;
      const { index, base, frame, colors, palette, overlay, height } = latest.current;
      if (paints?.palette !== palette) {
        const make = (w: number, h: number) =>
          Object.assign(document.createElement("canvas"), { width: w, height: h });
        paints = {
          palette,
          paints: canvasPaints(make, ctx, palette.text, getComputedStyle(canvas).fontFamily),
        };
      }
      const width = frame.plotWidth;
      const { top, tall } = canvasBand(scrollTop, clientHeight || 900, height);
      const ratio = window.devicePixelRatio || 1;
      const w = Math.round(width * ratio);
      const h = Math.round(tall * ratio);
      const resized = canvas.width !== w || canvas.height !== h;
      if (resized)
        for (const c of [canvas, words]) {
          c.width = w;
          c.height = h;
          c.style.width = `${width}px`;
          c.style.height = `${tall}px`;
        }
      const { live: t, moving } = store.getState();
      // Labels never stretch: a gesture hides their canvas, a layer of its own, which repaints nothing.
      words.style.opacity = moving ? "0" : "";
      // Mid-gesture, a zoom in only moves the marks' picture (as the SVG renderer moves its drawn layer):
      // the browser then neither paints nor hands over a new bitmap that frame, the gesture's first
      // included. A gesture that ends where they were painted shows them, and their labels, as they are.
      const stretch = !force && !resized && painted?.top === top ? canvasStretch(painted.t, t, width) : null;
      const still = stretch?.ratio === 1 && stretch.dx === 0;
      if (stretch && (moving || (still && labelled))) {
        canvas.style.transform = still
          ? `translate(0,${top}px)`
          : `translate(${stretch.dx}px,${top}px) scale(${stretch.ratio},1)`;
        return;
      }
      painted = { t, top };
      canvas.style.transform = words.style.transform = `translate(0,${top}px)`;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, width, tall);

      const wide = { k: t.k, x: t.x + SIDE };
      const shown: PlacedItem[] = [];
      const bands: { readonly y: number; readonly band: Uint32Array; readonly color: string }[] = [];
      for (let i = 0; i < index.ys.length; i++) {
        const y = index.ys[i] ?? 0;
        if (y < top - LANE_HEIGHT) continue;
        if (y > top + tall + LANE_HEIGHT) break;
        const lane = index.lanes[i] ?? [];
        const [from, to] = inView(lane, wide, width + 2 * SIDE);
        const first = lane[from];
        if (!first) continue;
        if (isDense(to - from, width)) {
          const color = colors.get(first.item.show.id) ?? palette.text;
          bands.push({ y, band: laneDensity(lane, t, width), color });
        } else for (let i = from; i < to; i++) shown.push(lane[i] as PlacedItem);
      }
      const marks = sceneMarks(shown, plotX(base, t), frame, colors, palette, overlay);
      paintMarks(ctx, marks, paints.paints, top);
      for (const { y, band, color } of bands)
        paintDensity(ctx, band, BUCKETS_PER_PX, y - top, BAR_HEIGHT, color);
      // Mid-gesture the labels wait, as on the SVG path: placing them is most of a frame's work.
      labelled = !moving;
      if (labelled) {
        wordsCtx.setTransform(ratio, 0, 0, ratio, 0, 0);
        wordsCtx.clearRect(0, 0, width, tall);
        paintLabels(wordsCtx, labelMarks(marks, shown, frame, palette), paints.paints, top);
      }
      if (marks.length > 0) markFirstDraw();
    };
    const request = () => {
      if (!frameId) frameId = requestAnimationFrame(() => paint(false));
    };
    const onScroll = () => {
      scrollTop = body.scrollTop;
      request();
    };
    // New data, filters or width: the rows may have moved too; this runs once, not per frame.
    repaint.current = () => {
      scrollTop = body.scrollTop;
      clientHeight = body.clientHeight;
      paint(true);
    };
    paint(true);
    const unsubscribe = store.subscribe(request);
    body.addEventListener("scroll", onScroll, { passive: true });
    // No check that there is one: a page without ResizeObserver (jsdom) has no 2D context either, and
    // returned above.
    const observer = new ResizeObserver(() => {
      // Laid out already: reading here forces nothing. Its first call, as it starts to observe, finds what
      // the first paint read: painting again for it cost a frame's task of about 20 ms at 100k.
      if (body.scrollTop === scrollTop && body.clientHeight === clientHeight) return;
      scrollTop = body.scrollTop;
      clientHeight = body.clientHeight;
      request();
    });
    observer.observe(body);
    return () => {
      unsubscribe();
      body.removeEventListener("scroll", onScroll);
      observer.disconnect();
      cancelAnimationFrame(frameId);
      repaint.current = () => {};
    };
  }, [store, scroller]);

  // New data, filters, width or theme: repaint now, in the same commit as the items' elements. Only then:
  // the chart also renders for a settled zoom and for the URL it writes, which the store's frame repaints.
  const { index, base, frame, colors, palette, overlay, height } = props;
  useLayoutEffect(() => {
    // On mount the effect above has just painted these very props: painted again here, the first draw's task
    // took a second paint of the view (about 20 ms at 100k events) before the browser could show the first.
    if (latest.current === props) return;
    latest.current = props;
    repaint.current();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `props` is read whole; these are what is painted.
  }, [index, base, frame, colors, palette, overlay, height]);

  return (
    <>
      <canvas ref={ref} className="marks-canvas" aria-hidden="true" style={PICTURE} />
      <canvas ref={wordsRef} className="marks-canvas-labels" aria-hidden="true" style={PICTURE} />
    </>
  );
}
