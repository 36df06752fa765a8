import { lazy, Suspense, useCallback } from "react";
import { Route, Switch, useSearchParams } from "wouter";
import { datasetUrl } from "../data/datasetUrl.ts";
import { ErrorBoundary } from "./ErrorBoundary.tsx";
import { ErrorScreen } from "./ErrorScreen.tsx";
import { ThemeToggle } from "./ThemeToggle.tsx";
import { TimelinePage } from "./TimelinePage.tsx";
import { useTheme } from "./useTheme.ts";

const SourcePage = lazy(() => import("./SourcePage.tsx").then((m) => ({ default: m.SourcePage })));
const ScorecardPage = lazy(() => import("./ScorecardPage.tsx").then((m) => ({ default: m.ScorecardPage })));

export function App() {
  const [params] = useSearchParams();
  const dataParam = params.get("data");
  const target = datasetUrl(dataParam, window.location.href);
  const theme = useTheme();
  // Links between pages keep the dataset they are about.
  const withData = useCallback(
    (path: string, extra: Record<string, string> = {}) => {
      const search = new URLSearchParams(extra);
      if (dataParam) search.set("data", dataParam);
      const query = search.toString();
      return query ? `${path}?${query}` : path;
    },
    [dataParam],
  );
  const sourceHref = useCallback((id: string) => withData(`/sources/${encodeURIComponent(id)}`), [withData]);
  const itemHref = useCallback(
    (id: string | null) => withData("/", id === null ? {} : { event: id }),
    [withData],
  );

  // The scorecard's links open an item as it turned out, outcomes shown.
  const outcomeHref = useCallback(
    (id: string) => withData("/", id === "" ? {} : { event: id, asof: "end" }),
    [withData],
  );

  return (
    <>
      <header className="site-header">
        <div>
          <h1>Marvel × Netflix: what the news said</h1>
          <p>Filming windows, releases and announcements, each with the quote that reported it.</p>
        </div>
        <ThemeToggle choice={theme.choice} onChange={theme.setChoice} />
      </header>
      <main>
        {target.error !== undefined ? (
          <ErrorScreen title="The dataset could not be loaded" message={target.error} />
        ) : (
          <Switch>
            <Route path="/sources/:id">
              {(route) => (
                <ErrorBoundary name="this source" resetKeys={[route.id, target.url]}>
                  <Suspense fallback={<p role="status">Loading…</p>}>
                    <SourcePage url={target.url} sourceId={route.id} itemHref={itemHref} />
                  </Suspense>
                </ErrorBoundary>
              )}
            </Route>
            <Route path="/scorecard">
              <ErrorBoundary name="the scorecard" resetKeys={[target.url]}>
                <Suspense fallback={<p role="status">Loading…</p>}>
                  <ScorecardPage url={target.url} itemHref={outcomeHref} />
                </Suspense>
              </ErrorBoundary>
            </Route>
            <Route>
              <ErrorBoundary name="the timeline" resetKeys={[target.url]}>
                <TimelinePage
                  url={target.url}
                  dark={theme.dark}
                  sourceHref={sourceHref}
                  scorecardHref={withData("/scorecard")}
                />
              </ErrorBoundary>
            </Route>
          </Switch>
        )}
      </main>
    </>
  );
}
