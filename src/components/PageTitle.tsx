import { useEffect } from "react";

/** The document's title, set by the page the router shows (a page not found says so in the tab). */
export function PageTitle({ text }: { readonly text: string }) {
  useEffect(() => {
    document.title = text;
  }, [text]);
  return null;
}
