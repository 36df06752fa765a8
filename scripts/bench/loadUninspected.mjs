// A page's load as a browser without DevTools runs it: in a browser context of its own that Playwright does
// not attach to, so that no DevTools Runtime agent is enabled in the page.
//
// Why: Playwright enables the Runtime domain in every page it drives. While that agent is on, V8 captures a
// detailed stack trace for each Error object the page creates (the inspector's "stack traces for uncaught
// exceptions"), and a detailed trace needs the source positions of every function on the stack, which V8
// otherwise makes lazily: it parses those functions again. React DOM creates five Error objects as its
// module is evaluated (the sentinels it throws for Suspense), with its whole module and ours on the stack:
// in load traces of ours at 1k that re-parse (V8.CollectSourcePositions) took 105–148 ms before the first
// draw, against 2–8 ms for dhtmlx-gantt and 147–154 ms for vis-timeline. A browser without DevTools does
// none of it (an Error created under a 700 KB function: 0.1–0.3 ms, against 200 ms with the agent on).
//
// The probe only sends Emulation.setDeviceMetricsOverride, Page.navigate and Runtime.evaluate (and, for a build
// without the first-draw mark, Page.enable and Page.addScriptToEvaluateOnNewDocument), none of which enables
// the Runtime agent, and polls the same first-draw probe as measureRun.
import {
  FIRST_DRAW_MARK,
  firstDrawProbe,
  target,
  Timeout,
  VIEWPORT,
  waitInPage,
  watchDom,
} from "./measure.mjs";

/**
 * A DevTools session to one target, through the browser's session (Target.sendMessageToTarget): Playwright's
 * CDPSession cannot address a child session of its own.
 */
async function attach(browserSession, targetId) {
  const { sessionId } = await browserSession.send("Target.attachToTarget", { targetId, flatten: false });
  let lastId = 0;
  const waiting = new Map();
  const onMessage = (event) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message);
    const answer = waiting.get(message.id);
    if (!answer) return;
    waiting.delete(message.id);
    if (message.error) answer.reject(new Error(`${message.error.message} (${message.error.code})`));
    else answer.resolve(message.result);
  };
  browserSession.on("Target.receivedMessageFromTarget", onMessage);
  return {
    send(method, params = {}) {
      const id = ++lastId;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        browserSession
          .send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method, params }) })
          .catch((error) => {
            waiting.delete(id);
            reject(error);
          });
      });
    },
    detach() {
      browserSession.off("Target.receivedMessageFromTarget", onMessage);
      for (const { reject } of waiting.values()) reject(new Error("detached"));
      waiting.clear();
    },
  };
}

/**
 * Navigation start → first draw (as measureRun's `load`, by the same probe), in a fresh browser context that
 * no DevTools agent watches. `{ load, error }`, load in ms or null.
 */
export async function measureUninspectedLoad(browser, { origin, lib, dataset, how, loadTimeoutMs }) {
  const { url } = target(lib, origin, dataset);
  const browserSession = await browser.newBrowserCDPSession();
  let contextId = null;
  let page = null;
  try {
    ({ browserContextId: contextId } = await browserSession.send("Target.createBrowserContext", {
      disposeOnDetach: true,
    }));
    const { targetId } = await browserSession.send("Target.createTarget", {
      url: "about:blank",
      browserContextId: contextId,
      ...VIEWPORT,
    });
    page = await attach(browserSession, targetId);
    await page.send("Emulation.setDeviceMetricsOverride", {
      ...VIEWPORT,
      deviceScaleFactor: 1,
      mobile: false,
    });
    // An older build without the first-draw mark, or a junk file's first answer: watched in the DOM.
    // (The script is installed only once the Page domain is on; that domain is no Runtime agent.)
    if (how === "dom" || how === "answer") {
      await page.send("Page.enable");
      await page.send("Page.addScriptToEvaluateOnNewDocument", { source: `(${watchDom.toString()})()` });
    }
    await page.send("Page.navigate", { url });
    const outcome = await waitInPage(
      page,
      firstDrawProbe,
      { how, mark: FIRST_DRAW_MARK },
      { intervalMs: 50, timeoutMs: loadTimeoutMs },
    );
    if (outcome.error) return { load: null, error: `error screen: ${outcome.error}` };
    return { load: outcome.at, error: null };
  } catch (error) {
    const message = String(error?.message ?? error)
      .split("\n")[0]
      .slice(0, 200);
    return { load: null, error: error instanceof Timeout ? "load timeout" : message };
  } finally {
    page?.detach();
    if (contextId !== null)
      await browserSession
        .send("Target.disposeBrowserContext", { browserContextId: contextId })
        .catch(() => {});
    await browserSession.detach().catch(() => {});
  }
}
