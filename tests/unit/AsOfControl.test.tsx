import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { AsOfControl } from "../../src/components/AsOfControl.tsx";

const day = (year: number, month: number, date: number) => Date.UTC(year, month - 1, date);
const DAYS = [day(2016, 4, 3), day(2017, 9, 30)];
const NONE = { later: 0, undated: 0, filtered: false };

describe("the as-of control's How it turned out", () => {
  it("pressed again, goes back to the newest report's day", async () => {
    const onChange = vi.fn();
    render(<AsOfControl days={DAYS} standard={DAYS[0]!} day={Infinity} onChange={onChange} unshown={NONE} />);
    await userEvent.click(screen.getByRole("button", { name: "How it turned out" }));
    expect(onChange).toHaveBeenCalledWith(DAYS[0]);
  });

  it("pressed again in a dataset of outcomes alone (no report day), goes to its last day, not nowhere", async () => {
    const onChange = vi.fn();
    render(<AsOfControl days={DAYS} standard={Infinity} day={Infinity} onChange={onChange} unshown={NONE} />);
    await userEvent.click(screen.getByRole("button", { name: "How it turned out" }));
    expect(onChange).toHaveBeenCalledWith(DAYS[1]);
  });
});

describe("the as-of control's word on events not shown", () => {
  const control = (day: number, unshown: { later: number; undated: number; filtered: boolean }) =>
    render(<AsOfControl days={DAYS} standard={DAYS[1]!} day={day} onChange={vi.fn()} unshown={unshown} />);

  it("says how many events are first reported later, and how many only undated pages know", () => {
    control(DAYS[0]!, { later: 12, undated: 1, filtered: false });
    expect(screen.getByText(/^Not on the timeline as of this day/)).toHaveTextContent(
      "Not on the timeline as of this day: 12 events first reported after it; 1 event known only from undated pages, which How it turned out shows.",
    );
  });

  it("says its counts are of every event when filters are on", () => {
    control(DAYS[0]!, { later: 0, undated: 2, filtered: true });
    expect(screen.getByText(/^Not on the timeline as of this day/)).toHaveTextContent(
      "Not on the timeline as of this day, filters aside: 2 events known only from undated pages, which How it turned out shows.",
    );
  });

  it("says nothing when every event is shown, or as things turned out", () => {
    const { unmount } = control(DAYS[1]!, NONE);
    expect(screen.queryByText(/^Not on the timeline/)).toBeNull();
    unmount();
    control(Infinity, NONE);
    expect(screen.queryByText(/^Not on the timeline/)).toBeNull();
  });
});
