/** Work between two pauses: well within a frame, so that a paced render's work never holds one. */
export const SLICE_MS = 8;

interface Job {
  readonly steps: Generator<unknown, unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (reason: unknown) => void;
}

/** The work asked for and not done, the newest last: it goes first. */
const waiting: Job[] = [];
let running = false;
/** A message task between two slices (as React's scheduler pauses): no frame's wait, no timer's clamp. */
let channel: MessageChannel | null = null;

function pause(): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = slice;
  }
  channel.port2.postMessage(null);
}

/**
 * Runs work written as steps (a generator) in later tasks of about SLICE_MS each, and settles with its
 * result. The newest work goes first, since what a reader asked for last is what the page waits on; the
 * older goes on after it, so that a promise handed out always settles (a view waiting on it is answered).
 */
export function inSlices<T>(steps: Generator<unknown, T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    waiting.push({ steps, resolve: resolve as (value: unknown) => void, reject });
    if (!running) {
      running = true;
      pause();
    }
  });
}

function slice(): void {
  const end = performance.now() + SLICE_MS;
  for (let job = waiting.at(-1); job; job = waiting.at(-1)) {
    try {
      const next = job.steps.next();
      if (next.done) {
        waiting.pop();
        job.resolve(next.value);
      }
    } catch (error) {
      waiting.pop();
      job.reject(error);
    }
    if (performance.now() >= end && waiting.length > 0) {
      pause();
      return;
    }
  }
  running = false;
}
