// React DOM's client, evaluated with error stacks paused (resumeErrorStacks.ts says why). The import order
// is the evaluation order: the pause, then React DOM, then this module's body. Keep it.
import { resumeErrorStacks } from "./resumeErrorStacks.ts";
import { createRoot } from "react-dom/client";

resumeErrorStacks();

export { createRoot };
export type { Root } from "react-dom/client";
