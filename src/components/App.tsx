import { Suspense, useCallback, useEffect, useRef, useState } from "react";
import { lazyView } from "../lazyView.ts";
import { flushSync } from "react-dom";
import { Redirect, Route, Switch, useLocation } from "wouter";
import { datasetUrl } from "../data/datasetUrl.ts";
import { ErrorBoundary } from "./ErrorBoundary.tsx";
import { ErrorScreen } from "./ErrorScreen.tsx";
import { PageTitle } from "./PageTitle.tsx";
import { SkipLink } from "./SkipLink.tsx";
import { OpenDataset, type OpenedFile } from "./OpenDataset.tsx";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { OpenedEntry } from "../model/heldFiles.ts";
import { datasetQueryOptions } from "../model/datasetQueryOptions.ts";
import { ThemeToggle } from "./ThemeToggle.tsx";
import { TimelinePage } from "./TimelinePage.tsx";
import { useTheme } from "./useTheme.ts";
import { useSearchPart } from "./useSearchPart.ts";

const SourcePage = lazyView(() => import("./SourcePage.tsx").then((m) => m.SourcePage));
const ScorecardPage = lazyView(() => import("./ScorecardPage.tsx").then((m) => m.ScorecardPage));
// Neither is on the way to the first draw: one is for a file opened later, the other for a mistyped address.
const OpenedFileNote = lazyView(() => import("./OpenedFileNote.tsx").then((m) => m.OpenedFileNote));
const MissingFilePage = lazyView(() => import("./MissingFilePage.tsx").then((m) => m.MissingFilePage));
const NotFoundPage = lazyView(() => import("./NotFoundPage.tsx").then((m) => m.NotFoundPage));

/** The dataset the URL names: the app renders again when it changes, not for other URL writes (a zoom's). */
const dataSearchParam = (search: string) => new URLSearchParams(search).get("data");
const fileSearchParam = (search: string) => new URLSearchParams(search).get("file");

export function App() {
  const dataParam = useSearchPart(dataSearchParam);
  const bundled = datasetUrl(dataParam, window.location.href);
  // The files opened from this device in this visit, by name, each with the ?data= to go back to: one is
  // shown while the URL names it (?file=), so Back and Forward reach every one the query cache holds.
  const [opened, setOpened] = useState<ReadonlyMap<string, OpenedEntry<OpenedFile>>>(new Map());
  const queryClient = useQueryClient();
  const fileParam = useSearchPart(fileSearchParam);
  // Asks for the Open a dataset dialog from a page's own button (MissingFilePage).
  const [openAsked, setOpenAsked] = useState(0);
  // Not in this page's memory (a reload, a link, or let go), a file cannot be shown: MissingFilePage says so.
  const entry = fileParam === null ? undefined : opened.get(fileParam);
  const shown = entry?.held ? entry : null;
  const [location, navigate] = useLocation();
  const switchTo = useCallback(
    (next: OpenedFile | null) => {
      // A file let go, opened again from its page, goes back where it was opened from too.
      const before = entry ? entry.before : dataParam;
      void Promise.all([import("../model/switchedAddress.ts"), import("../model/heldFiles.ts")]).then(
        ([{ switchedAddress }, { withOpenedFile }]) => {
          const to = next
            ? { kind: "file" as const, name: next.name }
            : { kind: "data" as const, data: before };
          // At once, in one render: the file shown and the URL naming it are never apart (MissingFilePage).
          // Opening is a step Back undoes; closing the file's note puts the page back in its place, and so
          // does a file opened again under the name shown (edited and opened again): its address is the same.
          const again = next !== null && fileSearchParam(window.location.search) === next.name;
          flushSync(() => {
            if (next)
              setOpened((files) =>
                withOpenedFile(files, next.name, { file: next, before }, shown && fileParam),
              );
            navigate(switchedAddress(location, window.location.search, to), { replace: !next || again });
          });
        },
      );
    },
    [entry, shown, fileParam, dataParam, location, navigate],
  );
  // Once the page shows what it switched to (the view left no longer reads its file), the files no entry
  // holds leave the cache.
  useEffect(() => {
    if (opened.size > 0) void import("../model/heldFiles.ts").then((m) => m.letGoFiles(queryClient, opened));
  }, [opened, queryClient]);
  const target = shown ? { url: shown.file.key } : bundled;
  const theme = useTheme();
  const title = useDatasetTitle(target.error === undefined ? target.url : null);
  // Links between pages keep the dataset they are about.
  const withData = useCallback(
    (path: string, extra: Record<string, string> = {}) => {
      const search = new URLSearchParams(extra);
      if (dataParam) search.set("data", dataParam);
      if (fileParam) search.set("file", fileParam);
      const query = search.toString();
      return query ? `${path}?${query}` : path;
    },
    [dataParam, fileParam],
  );
  // The timeline's links to a source page carry its whole search, the dataset included (ViewLink).
  const sourcePath = useCallback((id: string) => `/sources/${encodeURIComponent(id)}`, []);
  const itemHref = useCallback((id: string) => withData("/", { event: id }), [withData]);

  // The scorecard's links, and an outcome's quote on its source's page, open an item as it turned out.
  const outcomeHref = useCallback((id: string) => withData("/", { event: id, asof: "end" }), [withData]);

  // The skip link's target: the timeline's chart (or table), or else the page's main content.
  const mainView = useRef<HTMLElement>(null);
  const timelineView = useRef<HTMLDivElement>(null);
  // A link to another page, or Back to another dataset (a file opened, the one before), takes away what had
  // focus: the new page's main takes it, not <body>.
  const page = `${location} ${target.error ?? target.url}`;
  const shownPage = useRef(page);
  useEffect(() => {
    if (shownPage.current === page) return;
    shownPage.current = page;
    if (document.activeElement === document.body) mainView.current?.focus();
  }, [page]);
  return (
    <>
      <SkipLink targets={location === "/" ? [timelineView, mainView] : [mainView]}>
        {location === "/" ? "Skip to the timeline" : "Skip to the content"}
      </SkipLink>
      <header className="site-header">
        <div>
          <h1>
            <bdi>{title}</bdi>
          </h1>
          <p>Filming windows, releases and announcements, each with the quote that reported it.</p>
        </div>
        <div className="header-tools">
          <OpenDataset onOpened={switchTo} asked={openAsked} />
          <ThemeToggle choice={theme.choice} onChange={theme.setChoice} />
        </div>
      </header>
      <main id="main" ref={mainView} tabIndex={-1}>
        {/* A broken ?data= gets its error screen at any path; otherwise each route sets the title. */}
        {target.error !== undefined && <PageTitle text={title} />}
        {shown && (
          <ErrorBoundary name="the note on the file opened">
            <Suspense fallback={null}>
              <OpenedFileNote file={shown.file} before={shown.before} onClose={() => switchTo(null)} />
            </Suspense>
          </ErrorBoundary>
        )}
        {/* An empty ?file= names no file: the timeline, as without it. The pages without a boundary of their own
            (a file not in memory, a page not found) fail here, each one's chunk not loaded. */}
        <ErrorBoundary name="this page" resetKeys={[location, target.error ?? target.url]}>
          {fileParam && !shown ? (
            <Suspense fallback={null}>
              <MissingFilePage
                name={fileParam}
                title={title}
                letGo={entry !== undefined}
                onOpen={() => setOpenAsked((n) => n + 1)}
              />
            </Suspense>
          ) : target.error !== undefined ? (
            <ErrorScreen title="The dataset could not be loaded" message={target.error} />
          ) : (
            // Keyed: Switch hands back the matched Route, and unkeyed routes are one element to React, whose
            // Suspense would keep the page left in the DOM, hidden, with the focus in it, while the next page's
            // code loads; the focus then drops to <body> after the effect below has looked. Keyed, the page
            // left is gone before that effect, which moves the focus to <main>.
            <Switch>
              <Route key="source" path="/sources/:id">
                {(route) => (
                  <ErrorBoundary name="this source" resetKeys={[route.id, target.url]}>
                    {/* The page names its source in the tab (or says there is none). */}
                    <Suspense fallback={<p role="status">Loading…</p>}>
                      <SourcePage
                        url={target.url}
                        sourceId={route.id}
                        itemHref={itemHref}
                        outcomeHref={outcomeHref}
                        siteTitle={title}
                      />
                    </Suspense>
                  </ErrorBoundary>
                )}
              </Route>
              <Route key="scorecard" path="/scorecard">
                <PageTitle text={`${SCORECARD_TITLE} · ${title}`} />
                <ErrorBoundary name="the scorecard" resetKeys={[target.url]}>
                  <Suspense fallback={<p role="status">Loading…</p>}>
                    <ScorecardPage url={target.url} itemHref={outcomeHref} />
                  </Suspense>
                </ErrorBoundary>
              </Route>
              <Route key="timeline" path="/">
                <PageTitle text={title} />
                <ErrorBoundary name="the timeline" resetKeys={[target.url]}>
                  {/* The page waits for its problem lists, if any (lazy): above the chart, they must not push it. */}
                  <Suspense fallback={<p role="status">Loading the timeline…</p>}>
                    <TimelinePage
                      // Another dataset is another page, with none of the last one's state: kept, its link
                      // check read a Back's filters against the dataset left, and dropped them as unknown.
                      key={target.url}
                      url={target.url}
                      dark={theme.dark}
                      sourcePath={sourcePath}
                      scorecardPath="/scorecard"
                      viewRef={timelineView}
                    />
                  </Suspense>
                </ErrorBoundary>
              </Route>
              {/* The page's own file, which a static host serves at /index.html too: the timeline, at its address. */}
              <Route key="index" path="/index.html">
                <Redirect to={`/${window.location.search}`} replace />
              </Route>
              {/* Any other path: not the timeline at a wrong address, which a copied link would keep. */}
              <Route key="not-found">
                <PageTitle text={`Page not found · ${title}`} />
                <Suspense fallback={<p role="status">Loading…</p>}>
                  <NotFoundPage
                    path={location}
                    timelineHref={withData("/")}
                    scorecardHref={withData("/scorecard")}
                  />
                </Suspense>
              </Route>
            </Switch>
          )}
        </ErrorBoundary>
      </main>
    </>
  );
}

/** The scorecard's name, as the timeline's link to it says: the tab names the page before the dataset. */
const SCORECARD_TITLE = "Scorecard: who got the dates right";

const BUNDLED_TITLE = "Marvel × Netflix: what the news said";

/** The heading: the dataset's own title; the bundled one's while it loads, so that page does not flash. */
function useDatasetTitle(url: string | null): string {
  const query = useQuery({ ...datasetQueryOptions(url ?? ""), enabled: url !== null });
  if (url === null || query.isPending) return BUNDLED_TITLE;
  return query.data?.dataset.title ?? "A timeline";
}
