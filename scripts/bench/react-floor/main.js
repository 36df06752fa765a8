// The React floor: the same React and react-dom builds as the app, one element, and the first-draw mark set
// where the app sets it (a layout effect after the commit), so that "load" means the same thing.
import { createElement, useLayoutEffect } from "react";
import { createRoot } from "react-dom/client";

function Floor() {
  useLayoutEffect(() => {
    performance.mark("timeline:first-draw");
  }, []);
  return createElement("div", { className: "react-floor" });
}

createRoot(document.getElementById("root")).render(createElement(Floor));
