import { LATEST_LABEL } from "../layout/latestLabel.ts";
import { BOLD, textWidth } from "./textWidth.ts";

/** A tick label's width, px: the estimate for a regular face, widened for a major tick's bold one. */
export const tickLabelWidth = (label: string, major: boolean): number =>
  Math.ceil(textWidth(label, 12) * (major ? BOLD : 1));

/** The latest-report label's width, px: the estimate for a regular face, widened for the bold one. */
export const LATEST_LABEL_WIDTH = Math.ceil(textWidth(LATEST_LABEL, 12) * 1.1);
