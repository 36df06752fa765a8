// What the as-of case clicks, found in the page (page.evaluate): apart, so that a browser test holds it to the
// page as it is (a renamed button once left the case measuring no step at all).

/** The centre of the "Next report" button (it does not move: What changed is below the chart), or null. */
export function nextReportButton() {
  // Its name goes on with the day it steps to ("Next report, to 17 January 2016"); with no report after, it
  // says so (aria-disabled) and keeps its focus. (Matched whole, and read as `disabled`, the case found no
  // button and measured no step at all.)
  const button = [...document.querySelectorAll(".as-of button")].find((b) =>
    b.textContent.startsWith("Next report"),
  );
  if (!button) return null;
  const r = button.getBoundingClientRect();
  const disabled = button.disabled || button.getAttribute("aria-disabled") === "true";
  return { x: r.left + r.width / 2, y: r.top + r.height / 2, disabled };
}
