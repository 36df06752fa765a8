import { act, render } from "@testing-library/react";
import { useEffect } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useRowsViewport, type RowsScroller } from "../../src/chart/useRowsViewport.ts";

const BODY_HEIGHT = 600;

/** The rows' body, and what React was last handed: the band in view, and how many renders it took. */
function Rows(props: {
  readonly onRender: () => void;
  readonly onReveal: (reveal: RowsScroller["reveal"]) => void;
}) {
  const { ref, viewport, reveal } = useRowsViewport(BODY_HEIGHT);
  props.onRender();
  const { onReveal } = props;
  useEffect(() => onReveal(reveal), [onReveal, reveal]);
  return <div ref={ref} data-testid="body" data-band={`${viewport.top} ${viewport.height}`} />;
}

function setup() {
  let reveal: RowsScroller["reveal"] | undefined;
  let renders = 0;
  const view = render(
    <Rows
      onRender={() => {
        renders += 1;
      }}
      onReveal={(r) => {
        reveal = r;
      }}
    />,
  );
  const body = view.getByTestId("body");
  return {
    body,
    band: () => body.getAttribute("data-band"),
    reveal: (y: number) => act(() => reveal?.(y, 32)),
    renders: () => renders,
  };
}

/** The scroll event the browser sends after a scroll, and the animation frame that measures it. */
async function scrollEvent(body: HTMLElement) {
  await act(async () => {
    body.dispatchEvent(new Event("scroll"));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  });
}

beforeEach(() => {
  // jsdom lays nothing out: the body is as tall as a real one would be.
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockReturnValue(BODY_HEIGHT);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("the band of rows in view", () => {
  it("reveal() scrolls a row far below to the middle of the body, and the band arrives with it, not after the scroll event", async () => {
    const { body, band, reveal, renders } = setup();
    expect(band()).toBe(`0 ${BODY_HEIGHT}`);
    reveal(5000);
    expect(body.scrollTop).toBe(5000 - BODY_HEIGHT / 2);
    // An arrow key's render already draws the rows around the item it moved to.
    expect(band()).toBe(`${5000 - BODY_HEIGHT / 2} ${BODY_HEIGHT}`);
    const after = renders();
    // The scroll's own measure finds the band handed over already: no second render lays the rows out again.
    await scrollEvent(body);
    expect(renders()).toBe(after);
  });

  it("reveal() leaves a row already in view where it is", () => {
    const { body, band, reveal, renders } = setup();
    const before = renders();
    reveal(300);
    expect(body.scrollTop).toBe(0);
    expect(band()).toBe(`0 ${BODY_HEIGHT}`);
    expect(renders()).toBe(before);
  });

  it("a scroll by the reader is measured in the next animation frame", async () => {
    const { body, band } = setup();
    body.scrollTop = 1234;
    expect(band()).toBe(`0 ${BODY_HEIGHT}`);
    await scrollEvent(body);
    expect(band()).toBe(`1234 ${BODY_HEIGHT}`);
  });
});
