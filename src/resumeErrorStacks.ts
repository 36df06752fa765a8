/**
 * Importing this module pauses error stacks (takes `Error.stackTraceLimit` away) until resumeErrorStacks():
 * reactDomClient.ts imports it just ahead of React DOM's client. That module makes five Error objects as
 * it is evaluated (sentinels for Suspense and hydration) and never reads their stacks; with DevTools open
 * (or Playwright, which turns its Runtime agent on), V8 would parse the whole app script again to give
 * those stacks line numbers. With no limit, it records none. A page without DevTools pays nothing either way.
 */
const limit = Error.stackTraceLimit;
// Firefox has no such setting: none is made on resuming.
const had = Object.hasOwn(Error, "stackTraceLimit");
Reflect.deleteProperty(Error, "stackTraceLimit");

/** Puts `Error.stackTraceLimit` back as it was. */
export function resumeErrorStacks(): void {
  if (had) Error.stackTraceLimit = limit;
}
