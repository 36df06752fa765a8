import { act, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LinkNotices, SAID_FOR } from "../../src/components/LinkNotices.tsx";

describe("LinkNotices", () => {
  let live: HTMLElement;
  beforeEach(() => {
    vi.useFakeTimers();
    live = document.body.appendChild(document.createElement("div"));
    live.setAttribute("role", "status");
  });
  afterEach(() => {
    live.remove();
    vi.useRealTimers();
  });
  const dropped = [{ what: "the show “nosuch”", why: "not in this timeline" }];
  const words =
    "Left out of the address, which the page cannot show: the show “nosuch” (not in this timeline).";

  it("says a notice in the live region, then takes it out there, so that the page reads it once", () => {
    render(
      <LinkNotices saidIn={{ current: live }} dropped={dropped} onDismissDropped={() => {}} hidden={null} />,
    );
    expect(live).toHaveTextContent(words);
    act(() => vi.advanceTimersByTime(SAID_FOR - 1));
    expect(live).toHaveTextContent(words);
    act(() => vi.advanceTimersByTime(1));
    expect(live).toBeEmptyDOMElement();
    // The notice itself stays, with its button.
    expect(screen.getByText(words, { exact: false, selector: ".link-notice" })).toBeInTheDocument();
  });

  it("says a new notice again", () => {
    const { rerender } = render(
      <LinkNotices saidIn={{ current: live }} dropped={dropped} onDismissDropped={() => {}} hidden={null} />,
    );
    act(() => vi.advanceTimersByTime(SAID_FOR));
    const more = [...dropped, { what: "the day “2016-02-30”", why: "not a calendar day" }];
    rerender(
      <LinkNotices saidIn={{ current: live }} dropped={more} onDismissDropped={() => {}} hidden={null} />,
    );
    expect(live).toHaveTextContent(/the day “2016-02-30” \(not a calendar day\)\.$/);
  });
});
