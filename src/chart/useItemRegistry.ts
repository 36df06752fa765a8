import { useCallback, useRef } from "react";

export interface ItemRegistry {
  /** Items call this as they mount (their element) and unmount (null). */
  readonly register: (id: string, element: SVGGElement | null) => void;
  /** The drawn element of an item, if it is drawn. */
  readonly get: (id: string) => SVGGElement | undefined;
}

/**
 * Drawn items by id, kept by the items themselves through their refs: focus, the tooltip's anchor and
 * "zoom to item" find items here, never by querying the page.
 */
export function useItemRegistry(): ItemRegistry {
  const elements = useRef(new Map<string, SVGGElement>());
  const register = useCallback((id: string, element: SVGGElement | null) => {
    if (element) elements.current.set(id, element);
    else elements.current.delete(id);
  }, []);
  const get = useCallback((id: string) => elements.current.get(id), []);
  return { register, get };
}
