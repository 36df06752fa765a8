import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import { loadEdtfGrammar } from "../src/dates/edtfGrammar.ts";
import { loadAsOfReader } from "../src/model/lazyAsOfView.ts";

// On a busy machine a lazy chunk can take over a second to load in jsdom: findBy* waits up to 5 s.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});

// The page loads the EDTF grammar when a dataset needs it (prepareDatasetText); tests of the date functions
// call them directly, so it is loaded up front. edtfGrammar.test.ts covers life without it.
await loadEdtfGrammar();
// The same for the as-of view's reader of claims (lazyAsOfView.test.ts covers life without it).
await loadAsOfReader();

// jsdom cannot draw on a canvas, and says so on the console at every getContext(): here a canvas gets no
// context, as in a browser that cannot make one (the chart's canvases then draw nothing). What they draw is
// tested against recording contexts (paintMarks.test.ts, paintAxis.test.ts).
// (Some test files run in Node, without a DOM.)
if (typeof HTMLCanvasElement !== "undefined")
  Object.defineProperty(HTMLCanvasElement.prototype, "getContext", { value: () => null });

// jsdom lays nothing out, and has no scrollIntoView: here it does nothing, as for an element already in view.
// (The browser tests scroll.)
if (typeof Element !== "undefined" && !("scrollIntoView" in Element.prototype))
  Object.defineProperty(Element.prototype, "scrollIntoView", { value: () => {}, writable: true });
