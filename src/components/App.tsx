import { useSearchParams } from "wouter";
import { datasetUrl } from "../data/datasetUrl.ts";
import { ErrorScreen } from "./ErrorScreen.tsx";
import { TimelinePage } from "./TimelinePage.tsx";

export function App() {
  const [params] = useSearchParams();
  const target = datasetUrl(params.get("data"), window.location.href);
  return (
    <>
      <header className="site-header">
        <h1>Marvel × Netflix: what the news said</h1>
        <p>Filming windows, releases and announcements, each with the quote that reported it.</p>
      </header>
      <main>
        {target.error !== undefined ? (
          <ErrorScreen title="The dataset could not be loaded" message={target.error} />
        ) : (
          <TimelinePage url={target.url} />
        )}
      </main>
    </>
  );
}
