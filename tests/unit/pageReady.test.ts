import { describe, expect, it } from "vitest";
import { pageReady } from "../../src/pageReady.ts";

/** A document as far as pageReady() reads it: its ready state, its stylesheet links, its events. */
function fakeDocument(readyState: DocumentReadyState, links: { sheet: object | null }[]) {
  const doc = Object.assign(new EventTarget(), { readyState, querySelectorAll: () => links });
  const become = (state: DocumentReadyState) => {
    doc.readyState = state;
    doc.dispatchEvent(new Event("readystatechange"));
  };
  return { doc, become, asDocument: doc as unknown as Document };
}

/** Whether `promise` has settled once pending callbacks have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

describe("pageReady()", () => {
  it("is ready at once on a page parsed and styled", async () => {
    const { asDocument } = fakeDocument("interactive", [{ sheet: {} }]);
    expect(await settled(pageReady(asDocument))).toBe(true);
  });

  it("waits for the parser, then is ready when the stylesheet is in", async () => {
    const { asDocument, become } = fakeDocument("loading", [{ sheet: {} }]);
    const ready = pageReady(asDocument);
    expect(await settled(ready)).toBe(false);
    become("interactive");
    expect(await settled(ready)).toBe(true);
  });

  it("waits for a stylesheet still on its way after the page is parsed, and hears its load", async () => {
    const link = { sheet: null as object | null };
    const { doc, asDocument } = fakeDocument("interactive", [link]);
    const ready = pageReady(asDocument);
    expect(await settled(ready)).toBe(false);
    link.sheet = {};
    // A link's load event does not bubble: the document hears it in the capture phase (here, on itself).
    doc.dispatchEvent(new Event("load"));
    expect(await settled(ready)).toBe(true);
  });

  it("does not wait for ever on a stylesheet that failed: the page's load ends the wait", async () => {
    const { asDocument, become } = fakeDocument("interactive", [{ sheet: null }]);
    const ready = pageReady(asDocument);
    expect(await settled(ready)).toBe(false);
    become("complete");
    expect(await settled(ready)).toBe(true);
  });
});
