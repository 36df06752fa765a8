import { useSyncExternalStore } from "react";

// wouter dispatches the two history events for its own navigations (it wraps pushState and replaceState);
// the browser sends the others for back, forward and a changed hash.
const EVENTS = ["popstate", "pushState", "replaceState", "hashchange"] as const;

function subscribe(onChange: () => void): () => void {
  for (const name of EVENTS) window.addEventListener(name, onChange);
  return () => {
    for (const name of EVENTS) window.removeEventListener(name, onChange);
  };
}

/**
 * One part of the URL's search, picked out by `part` (a function defined once, outside any component): the
 * component re-renders when that part changes, and not for every write to the URL. A zoom rewrites the
 * window at the end of each gesture, and only the chart reads it.
 */
export function useSearchPart<T extends string | null>(part: (search: string) => T): T {
  return useSyncExternalStore(subscribe, () => part(window.location.search));
}
