import { afterPaint } from "./afterPaint.ts";

/** Work longer than this between two pauses holds the page: a click waits, the status does not move. */
const SLICE_MS = 50;

/** Lets the page take its input and paint, and no more: a message task, not a frame's wait. */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * Runs work written as steps (a generator) on the page, pausing about every 50 ms so that the page stays
 * answerable, and telling `onStep` where the work is. A new kind of step waits for a painted frame, so that
 * what it says is on screen before its work starts. Work done within the first slice never pauses: a small
 * file opens as fast as before. Aborting `signal` stops it at its next pause.
 */
export async function paceSteps<S extends { readonly kind: string }, T>(
  steps: Generator<S, T>,
  onStep: (step: S) => void,
  signal?: AbortSignal,
  /** Work was just done in this task (a large file's decoding): the first step pauses, whenever it comes. */
  pauseFirst = false,
): Promise<T> {
  let pausedAt = pauseFirst ? -Infinity : performance.now();
  let kind: string | null = null;
  for (;;) {
    // Given up meanwhile (the dialog was closed, or other files opened): the rest is not done, nor said.
    signal?.throwIfAborted();
    const next = steps.next();
    if (next.done) return next.value;
    const step = next.value;
    // Once the work has paused (it is long), each new kind of step is said before its work starts.
    const moved = kind !== null && step.kind !== kind;
    if (!moved && performance.now() - pausedAt < SLICE_MS) continue;
    onStep(step);
    if (step.kind !== kind) await afterPaint();
    else await nextTask();
    kind = step.kind;
    pausedAt = performance.now();
  }
}
