/**
 * Error stacks paused while React DOM's client module is evaluated (reactDomClient.ts imports this module
 * first, then React DOM, then calls resumeErrorStacks()).
 *
 * React DOM makes five Error objects as its module is evaluated (sentinels it throws for Suspense), and
 * never reads their stacks. In a page with DevTools open (or driven by Playwright, which turns DevTools'
 * Runtime agent on), V8 then records each one's stack with line numbers, and to find them it parses the
 * whole app script and React DOM's module function again: 40–60 ms of the first load at 1k events, in
 * the benchmark's load traces. With `Error.stackTraceLimit` absent (not a number) V8 records no simple
 * stack, and that parse does not happen. A page without DevTools does not pay it either way.
 */
const limit = Error.stackTraceLimit;
Reflect.deleteProperty(Error, "stackTraceLimit");

/** Puts `Error.stackTraceLimit` back as it was. */
export function resumeErrorStacks(): void {
  Error.stackTraceLimit = limit;
}
